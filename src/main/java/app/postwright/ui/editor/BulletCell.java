package app.postwright.ui.editor;

import javafx.application.Platform;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

import java.util.OptionalInt;

/**
 * One row of the {@link BulletSectionEditor}: the bullet's text field and its move and delete buttons. The list
 * reuses a cell for whichever bullet scrolls into its place, so everything here asks {@link #getIndex()} for the
 * bullet it edits, and ids and accessible text are set per bullet shown.
 */
final class BulletCell extends ListCell<String> {
    private final BulletSectionEditor editor;
    private final TextField field = new TextField() {
        @Override
        public void paste() {
            if (!pasteLines()) {
                super.paste();
            }
        }
    };
    private final RowButtons buttons;
    private final HBox row;
    /** The bullet this cell showed last, to notice that the list gave it another one. */
    private int shownIndex = -1;
    private boolean showing;

    BulletCell(BulletSectionEditor editor) {
        this.editor = editor;
        getStyleClass().add("bullet-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        buttons = new RowButtons("bullet", editor);
        field.setPromptText("Bullet point");
        row = buttons.row(field);
        field.textProperty().addListener((obs, old, text) -> typed(old, text));
        field.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        // A cell the list has put aside keeps its last bullet; without ids no lookup can find it.
        visibleProperty().addListener((obs, was, visible) -> name());
    }

    TextField field() {
        return field;
    }

    @Override
    protected void updateItem(String bullet, boolean empty) {
        int index = getIndex();
        if (field.isFocused() && index != shownIndex && shownIndex >= 0) {
            // Scrolled away while typing: the focus must not stay in a field that now shows another bullet.
            editor.focusLeftWith(shownIndex, field.getCaretPosition());
        }
        super.updateItem(bullet, empty);
        shownIndex = empty || bullet == null ? -1 : index;
        name();
        if (shownIndex < 0) {
            setGraphic(null);
            return;
        }
        showing = true;
        try {
            RowsEditor.showText(field, bullet);
        } finally {
            showing = false;
        }
        setGraphic(row);
        if (index == editor.pendingFocus()) {
            // The cell may not be in the scene yet while the list lays it out.
            Platform.runLater(() -> {
                if (getIndex() == index && index == editor.pendingFocus()) {
                    takeFocus();
                }
            });
        }
    }

    /** Focuses the field with the caret where the editor asked for it. */
    void takeFocus() {
        editor.focusTaken();
        int caret = Math.min(editor.pendingCaret(), field.getLength());
        field.requestFocus();
        field.positionCaret(caret);
    }

    /** Scrolls {@code list} just enough that row {@code index} is fully visible. */
    static void scrollIntoView(ListView<?> list, int index) {
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
        }
    }

    private void name() {
        boolean shown = shownIndex >= 0 && isVisible();
        field.setId(shown ? "bullet-" + shownIndex : null);
        field.setAccessibleText("Bullet " + (shownIndex + 1));
        buttons.setIndex(shown ? shownIndex : -1);
    }

    private void typed(String old, String text) {
        int index = getIndex();
        if (!showing && shownIndex == index && index >= 0 && !text.equals(editor.model().entries().get(index))) {
            editor.model().typeEntry(index, "text", old, text, text);
        }
    }

    private void keyPressed(KeyEvent e) {
        int index = getIndex();
        if (e.getCode() == KeyCode.ENTER) {
            editor.model().split(index, field.getCaretPosition());
            editor.focusBullet(index + 1, 0);
            e.consume();
        } else if (e.getCode() == KeyCode.BACK_SPACE && field.getText().isEmpty()
                && editor.model().entries().size() > 1) {
            editor.delete(index);
            e.consume();
        } else if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && !e.isAltDown()) {
            int target = index + (e.getCode() == KeyCode.UP ? -1 : 1);
            if (target >= 0 && target < editor.model().entries().size()) {
                editor.focusBullet(target, field.getCaretPosition());
            }
            e.consume();
        }
    }

    /** Pastes several lines as several bullets; false for a single line, which the field pastes itself. */
    private boolean pasteLines() {
        String clipboard = Clipboard.getSystemClipboard().getString();
        OptionalInt last = clipboard == null ? OptionalInt.empty()
                : editor.model().pasteLines(getIndex(), field.getSelection().getStart(), field.getSelection().getEnd(),
                        clipboard);
        last.ifPresent(index -> editor.focusBullet(index, 0));
        return last.isPresent();
    }
}
