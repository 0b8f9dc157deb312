package app.postwright.ui.files;

import app.postwright.ui.DialogStyle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks Save / Don't Save / Cancel before unsaved changes would be lost. */
final class UnsavedChangesPrompt {
    /** The user's answer. */
    enum Answer { SAVE, DISCARD, CANCEL }

    private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    private static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    private static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

    private UnsavedChangesPrompt() {
    }

    static Answer ask(Window owner, String documentName) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "If you don't save, your changes will be lost.",
                SAVE, DISCARD, CANCEL);
        DialogStyle.owned(alert, owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + documentName + "?");
        alert.getDialogPane().setId("unsaved-prompt");
        alert.getDialogPane().lookupButton(SAVE).setId("prompt-save");
        alert.getDialogPane().lookupButton(DISCARD).setId("prompt-discard");
        alert.getDialogPane().lookupButton(CANCEL).setId("prompt-cancel");
        ButtonType answer = alert.showAndWait().orElse(CANCEL);
        return answer == SAVE ? Answer.SAVE : answer == DISCARD ? Answer.DISCARD : Answer.CANCEL;
    }
}
