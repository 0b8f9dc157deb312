package app.postwright.ui.export;

import javafx.application.Platform;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;

/** The popup after a successful export, offering to open the file or its folder. */
final class ExportNotification {
    private static final Duration VISIBLE_FOR = Duration.seconds(12);

    private final FileOpener opener;
    private final Executor executor;

    /** @param executor runs the opener, which may block while another application starts */
    ExportNotification(FileOpener opener, Executor executor) {
        this.opener = opener;
        this.executor = executor;
    }

    void show(Window owner, Path file) {
        Action openFile = new Action("Open file", event -> open(owner, file));
        openFile.setLongText("Open " + file.getFileName() + " in its default application");
        Action openFolder = new Action("Open folder", event -> open(owner, file.getParent()));
        openFolder.setLongText("Show the folder " + file.getParent());
        Notifications.create()
                .owner(owner)
                .title("Exported " + file.getFileName())
                .text("Saved in " + file.getParent())
                .action(openFile, openFolder)
                .hideAfter(VISIBLE_FOR)
                .showInformation();
    }

    private void open(Window owner, Path path) {
        executor.execute(() -> {
            try {
                opener.open(path);
            } catch (IOException | RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                Platform.runLater(() -> Alerts.showInformation(owner, "openFailed",
                        "Could not open " + path.getFileName(), reason));
            }
        });
    }
}
