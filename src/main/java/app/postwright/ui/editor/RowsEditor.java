package app.postwright.ui.editor;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
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
final class RowsEditor<T> extends VBox implements RowButtons.Actions {
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
        Button add = RowButtons.addButton(idPrefix, entryName, () -> {
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
        RowButtons buttons = new RowButtons(idPrefix, this);
        buttons.setIndex(index);
        return buttons.row(content);
    }

    @Override
    public void move(int index, int delta) {
        // Moving keeps the number of rows, so the rows stay and the moved entry's row is already there.
        rows.get(model.move(index, delta)).focus();
    }

    @Override
    public void delete(int index) {
        focusRow(Math.max(0, index - 1));
        model.remove(index);
    }
}
