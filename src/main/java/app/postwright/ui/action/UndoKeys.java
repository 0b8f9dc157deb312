package app.postwright.ui.action;

import app.postwright.ui.document.DocumentModel;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Sends Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y to the document's undo history from anywhere in the window. A filter
 * (capturing phase) is needed because text fields keep their own, per-field undo and would consume the keys.
 */
public final class UndoKeys {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private UndoKeys() {
    }

    public static void install(Scene scene, DocumentModel document) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                document.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_ALT.match(e)) {
                document.redo();
                e.consume();
            }
        });
    }
}
