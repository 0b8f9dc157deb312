package app.postwright.ui.editor;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An editable list of entries, one row each, with move up/down (also Alt+Up/Down in a row) and delete buttons
 * and an "add" button below. Rows are rebuilt only when the number of entries changes; otherwise each row just
 * shows its entry's new value.
 */
final class RowsEditor<T> extends VBox {
    /** One row's editing controls. */
    interface Row<T> {
        Node node();

        void show(T entry);

        void focus();
    }

    /** Creates the row for entry {@code index}. */
    interface RowFactory<T> {
        Row<T> create(int index);
    }

    private final ListSectionViewModel<?, T> model;
    private final RowFactory<T> factory;
    private final String idPrefix;
    private final VBox rowBox = new VBox(6);
    private final List<Row<T>> rows = new ArrayList<>();
    private int pendingFocus = -1;

    RowsEditor(String idPrefix, String entryName, ListSectionViewModel<?, T> model, RowFactory<T> factory,
               Supplier<T> blank) {
        super(8);
        this.model = model;
        this.factory = factory;
        this.idPrefix = idPrefix;
        Button add = new Button("Add " + entryName);
        add.setId(idPrefix + "-add");
        add.getStyleClass().add("add-button");
        add.setTooltip(new Tooltip("Add a new " + entryName + " at the end"));
        add.setOnAction(e -> {
            int end = model.entries().size();
            focusRow(end);
            model.insert(end, blank.get());
        });
        getChildren().addAll(rowBox, add);
    }

    void refresh(List<T> entries) {
        if (entries.size() != rows.size()) {
            rebuild(entries);
        } else {
            for (int i = 0; i < entries.size(); i++) {
                rows.get(i).show(entries.get(i));
            }
        }
        if (pendingFocus >= 0 && !rows.isEmpty()) {
            Row<T> row = rows.get(Math.min(pendingFocus, rows.size() - 1));
            pendingFocus = -1;
            // After a rebuild the new nodes are not in the scene until the next pulse.
            Platform.runLater(row::focus);
        }
    }

    /** Focuses row {@code index} once the next refresh (triggered by the edit that follows) has created it. */
    void focusRow(int index) {
        pendingFocus = index;
    }

    void focusFirst() {
        if (!rows.isEmpty()) {
            rows.get(0).focus();
        }
    }

    /**
     * Sends typing in {@code control} to part {@code part} of entry {@code index}; text equal to the entry's
     * (set by a refresh) is not sent back.
     */
    static <T> void linkPart(TextInputControl control, ListSectionViewModel<?, T> model, int index, String part,
                             Function<T, String> read, BiFunction<T, String, T> write) {
        control.textProperty().addListener((obs, old, text) -> {
            T current = model.entries().get(index);
            if (!text.equals(read.apply(current))) {
                model.typeEntry(index, part, old, text, write.apply(current, text));
            }
        });
    }

    /** Shows {@code text} unless the control already holds it (which would move the caret). */
    static void showText(TextInputControl control, String text) {
        if (!text.equals(control.getText())) {
            control.setText(text);
        }
    }

    private void rebuild(List<T> entries) {
        rows.clear();
        rowBox.getChildren().clear();
        for (int i = 0; i < entries.size(); i++) {
            Row<T> row = factory.create(i);
            row.show(entries.get(i));
            rows.add(row);
            rowBox.getChildren().add(frame(i, row.node()));
        }
    }

    private HBox frame(int index, Node content) {
        HBox.setHgrow(content, Priority.ALWAYS);
        HBox frame = new HBox(4, content,
                button("\u2191", "Move up (Alt+Up)", "up", index, () -> move(index, -1)),
                button("\u2193", "Move down (Alt+Down)", "down", index, () -> move(index, 1)),
                button("\u2715", "Delete", "delete", index, () -> delete(index)));
        frame.getStyleClass().add("entry-row");
        frame.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move(index, e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        return frame;
    }

    private Button button(String symbol, String tooltip, String action, int index, Runnable onAction) {
        Button button = new Button(symbol);
        button.setId(idPrefix + "-" + index + "-" + action);
        button.getStyleClass().add("row-button");
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip + ", entry " + (index + 1));
        button.setOnAction(e -> onAction.run());
        return button;
    }

    private void move(int index, int delta) {
        // Moving keeps the number of rows, so the rows stay and the moved entry's row is already there.
        rows.get(model.move(index, delta)).focus();
    }

    private void delete(int index) {
        focusRow(Math.max(0, index - 1));
        model.remove(index);
    }
}
