package app.postwright.ui.export;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The readable message dialogs of the export actions: a short header, the full message wrapped below it. */
final class Alerts {
    private Alerts() {
    }

    static void showError(Window owner, String id, String header, String message) {
        show(Alert.AlertType.ERROR, owner, id, header, message);
    }

    static void showInformation(Window owner, String id, String header, String message) {
        show(Alert.AlertType.INFORMATION, owner, id, header, message);
    }

    private static void show(Alert.AlertType type, Window owner, String id, String header, String message) {
        Alert alert = new Alert(type, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Postwright");
        alert.setHeaderText(header);
        // A wrapping label instead of contentText: long paths must wrap, not be cut off with an ellipsis.
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(480);
        content.setId(id + "Message");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId(id);
        alert.show();
    }
}
