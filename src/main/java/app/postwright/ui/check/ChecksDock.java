package app.postwright.ui.check;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The editor above and the checks panel below, across the whole width like an IDE's problems view: a finding's
 * field (in the form) and its effect (in the preview) stay in sight while the list is open. The panel can be
 * hidden; its height is kept while it is.
 */
public final class ChecksDock extends SplitPane {
    private static final double DEFAULT_DIVIDER = 0.74;

    private final Node editor;
    private final ChecksPanel panel;
    private double divider = DEFAULT_DIVIDER;

    public ChecksDock(Node editor, ChecksPanel panel, BooleanProperty shown) {
        this.editor = editor;
        this.panel = panel;
        setId("checks-dock");
        setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(panel, false);
        show(shown.get());
        shown.addListener((obs, old, on) -> show(on));
    }

    private void show(boolean on) {
        if (getItems().contains(panel)) {
            divider = getDividerPositions()[0];
        }
        if (on) {
            getItems().setAll(editor, panel);
            setDividerPositions(divider);
        } else {
            getItems().setAll(editor);
        }
    }
}
