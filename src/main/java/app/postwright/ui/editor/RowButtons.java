package app.postwright.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * One entry row: its editing controls followed by move up, move down and delete buttons, with Alt+Up/Down anywhere
 * in the row. The row's entry index can change (a list cell is reused for another entry); ids and accessible text
 * follow it.
 */
final class RowButtons {
    /** What the buttons do to the entry at an index. */
    interface Actions {
        void move(int index, int delta);

        void delete(int index);
    }

    private final String idPrefix;
    private final Actions actions;
    private final Button up = button("\u2191", "Move up (Alt+Up)");
    private final Button down = button("\u2193", "Move down (Alt+Down)");
    private final Button delete = button("\u2715", "Delete");
    private int index;

    RowButtons(String idPrefix, Actions actions) {
        this.idPrefix = idPrefix;
        this.actions = actions;
        up.setOnAction(e -> actions.move(index, -1));
        down.setOnAction(e -> actions.move(index, 1));
        delete.setOnAction(e -> actions.delete(index));
    }

    /** The row: {@code content} taking the width the buttons leave. */
    HBox row(Node content) {
        HBox.setHgrow(content, Priority.ALWAYS);
        HBox row = new HBox(4, content, up, down, delete);
        row.getStyleClass().add("entry-row");
        row.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                actions.move(index, e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        return row;
    }

    /** The row now shows entry {@code index}; null ids while it shows none, so no lookup finds a stale row. */
    void setIndex(int index) {
        this.index = index;
        boolean shown = index >= 0;
        name(up, "up", "Move up (Alt+Up)", shown);
        name(down, "down", "Move down (Alt+Down)", shown);
        name(delete, "delete", "Delete", shown);
    }

    private void name(Button button, String action, String tooltip, boolean shown) {
        button.setId(shown ? idPrefix + "-" + index + "-" + action : null);
        button.setAccessibleText(tooltip + ", entry " + (index + 1));
    }

    /** The "Add …" button below a list of entries. */
    static Button addButton(String idPrefix, String entryName, Runnable add) {
        Button button = new Button("Add " + entryName);
        button.setId(idPrefix + "-add");
        button.getStyleClass().add("add-button");
        button.setTooltip(new Tooltip("Add a new " + entryName + " at the end"));
        button.setOnAction(e -> add.run());
        return button;
    }

    private static Button button(String symbol, String tooltip) {
        Button button = new Button(symbol);
        button.getStyleClass().add("row-button");
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }
}
