package app.postwright.ui.editor;

import app.postwright.ui.UncachedViewport;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** The scroll pane around a form: fits the width, and does not cache the form, which changes with every keystroke. */
final class FormScroll {
    private FormScroll() {
    }

    static ScrollPane around(Node content) {
        ScrollPane scroll = UncachedViewport.of(new ScrollPane(content));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        return scroll;
    }
}
