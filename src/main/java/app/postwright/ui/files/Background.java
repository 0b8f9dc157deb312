package app.postwright.ui.files;

import app.postwright.BadInputException;
import app.postwright.ui.DialogStyle;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.Window;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs file work off the FX thread and reports back on it. A {@link BadInputException} is shown as its own
 * user-facing message; anything else is logged and shown as an unexpected error. Either way the app keeps running.
 */
public final class Background {
    private static final System.Logger LOG = System.getLogger(Background.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "postwright-files");
        thread.setDaemon(true);
        return thread;
    });
    private final Supplier<Window> owner;

    public Background(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** Runs {@code work} in the background, then {@code onSuccess} with its result on the FX thread. */
    public <T> void run(String failureTitle, Callable<T> work, Consumer<T> onSuccess) {
        run(work, onSuccess, error -> showError(failureTitle, error));
    }

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the FX thread. */
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        executor.execute(task);
    }

    /** Shows {@code error} in a dialog: a BadInputException's own message, or a general one for anything else. */
    public void showError(String title, Throwable error) {
        String message;
        if (error instanceof BadInputException) {
            message = error.getMessage();
        } else {
            LOG.log(System.Logger.Level.ERROR, title, error);
            message = "Something unexpected went wrong: " + error;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        DialogStyle.owned(alert, owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("error-dialog");
        alert.show();
    }
}
