package app.postwright.ui.editor;

import app.postwright.model.BulletSection;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;

/**
 * A bullet list: one text field per bullet. Enter splits the bullet at the caret into a new one, Backspace in an
 * empty bullet deletes it, and pasting several lines makes several bullets.
 */
final class BulletSectionEditor extends SectionForm<BulletSection> {
    private final BulletsViewModel model;
    private final RowsEditor<String> rows;

    BulletSectionEditor(BulletsViewModel model) {
        super(model, "Bullet list", "One point per bullet. Enter starts the next bullet; pasting several lines "
                + "makes several bullets.");
        this.model = model;
        rows = new RowsEditor<>("bullet", "bullet", model, this::row, () -> "");
        bindings.custom(p -> rows.refresh(model.entriesIn(p)));
        body.getChildren().add(rows);
    }

    private RowsEditor.Row<String> row(int index) {
        TextField field = new TextField() {
            @Override
            public void paste() {
                String clipboard = Clipboard.getSystemClipboard().getString();
                var last = clipboard == null ? java.util.OptionalInt.empty()
                        : model.pasteLines(index, getSelection().getStart(), getSelection().getEnd(), clipboard);
                if (last.isPresent()) {
                    rows.focusRow(last.getAsInt());
                    rows.refresh(model.entries());
                } else {
                    super.paste();
                }
            }
        };
        field.setId("bullet-" + index);
        field.setPromptText("Bullet point");
        field.setAccessibleText("Bullet " + (index + 1));
        RowsEditor.linkPart(field, model, index, "text", bullet -> bullet, (bullet, text) -> text);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                rows.focusRow(index + 1);
                model.split(index, field.getCaretPosition());
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE && field.getText().isEmpty()
                    && model.entries().size() > 1) {
                rows.focusRow(Math.max(0, index - 1));
                model.remove(index);
                e.consume();
            }
        });
        return new RowsEditor.Row<>() {
            @Override
            public Node node() {
                return field;
            }

            @Override
            public void show(String entry) {
                RowsEditor.showText(field, entry);
            }

            @Override
            public void focus() {
                field.requestFocus();
                field.positionCaret(0);
            }
        };
    }

    @Override
    public void focusFirst() {
        rows.focusFirst();
    }
}
