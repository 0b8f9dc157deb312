package app.postwright.ui.files;

import app.postwright.ui.DialogStyle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks Overwrite / Save As / Cancel when the draft was changed by another program since it was opened. */
final class FileChangedPrompt {
    /** The user's answer. */
    enum Answer { OVERWRITE, SAVE_AS, CANCEL }

    private static final ButtonType OVERWRITE = new ButtonType("Overwrite", ButtonBar.ButtonData.OTHER);
    private static final ButtonType SAVE_AS = new ButtonType("Save As\u2026", ButtonBar.ButtonData.YES);
    private static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

    private FileChangedPrompt() {
    }

    static Answer ask(Window owner, String problem) {
        Alert alert = new Alert(Alert.AlertType.WARNING, problem
                + ".\n\nOverwrite it with your version, or save yours under another name and keep both?",
                SAVE_AS, OVERWRITE, CANCEL);
        DialogStyle.owned(alert, owner);
        alert.setTitle("File changed elsewhere");
        alert.setHeaderText("The file was changed by another program");
        alert.getDialogPane().setId("file-changed-prompt");
        alert.getDialogPane().lookupButton(OVERWRITE).setId("file-changed-overwrite");
        alert.getDialogPane().lookupButton(SAVE_AS).setId("file-changed-save-as");
        alert.getDialogPane().lookupButton(CANCEL).setId("file-changed-cancel");
        ButtonType answer = alert.showAndWait().orElse(CANCEL);
        return answer == OVERWRITE ? Answer.OVERWRITE : answer == SAVE_AS ? Answer.SAVE_AS : Answer.CANCEL;
    }
}
