package app.postwright.ui.editor;

import app.postwright.model.Field;
import app.postwright.model.FieldsSection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Key–value fields as a two-column table: one row of "field" and "value" text fields per entry. */
final class FieldsSectionEditor extends SectionForm<FieldsSection> {
    private final ListSectionViewModel<FieldsSection, Field> model;

    FieldsSectionEditor(ListSectionViewModel<FieldsSection, Field> model) {
        super(model, "Fields", "Pairs such as \"Work Environment\" → \"Hybrid, two office days a week\". "
                + "Values may use inline Markdown.");
        this.model = model;
        RowsEditor<Field> rows = new RowsEditor<>("field", "field", model, this::row, () -> new Field("", ""));
        bindings.custom(p -> rows.refresh(model.entriesIn(p)));
        GridPane header = columns();
        header.addRow(0, columnLabel("Field"), columnLabel("Value"));
        header.getStyleClass().add("table-header");
        body.getChildren().addAll(header, rows);
    }

    private RowsEditor.Row<Field> row(int index) {
        TextField key = new TextField();
        TextField value = new TextField();
        key.setId("field-" + index + "-key");
        value.setId("field-" + index + "-value");
        key.setPromptText("Field");
        value.setPromptText("Value");
        key.setAccessibleText("Field name " + (index + 1));
        value.setAccessibleText("Field value " + (index + 1));
        RowsEditor.linkPart(key, model, index, "key", Field::key, (field, text) -> new Field(text, field.value()));
        RowsEditor.linkPart(value, model, index, "value", Field::value, (field, text) -> new Field(field.key(), text));
        GridPane grid = columns();
        grid.addRow(0, key, value);
        return new RowsEditor.Row<>() {
            @Override
            public Node node() {
                return grid;
            }

            @Override
            public void show(Field entry) {
                RowsEditor.showText(key, entry.key());
                RowsEditor.showText(value, entry.value());
            }

            @Override
            public void focus() {
                key.requestFocus();
            }
        };
    }

    /** Key column a third of the width, value column the rest, the same for header and rows. */
    private static GridPane columns() {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        ColumnConstraints keyColumn = new ColumnConstraints();
        keyColumn.setPercentWidth(35);
        ColumnConstraints valueColumn = new ColumnConstraints();
        valueColumn.setPercentWidth(65);
        valueColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keyColumn, valueColumn);
        return grid;
    }

    private static Label columnLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("column-label");
        return label;
    }
}
