package app.postwright.ui.export;

import app.postwright.BadInputException;

import java.nio.file.Path;

/** Turns a failed export into one readable sentence that names the file. */
final class ExportFailure {
    private ExportFailure() {
    }

    static String message(Path target, Throwable failure) {
        if (failure instanceof BadInputException) {
            // Its message is complete and user-facing by contract, naming the file already.
            return failure.getMessage();
        }
        String reason = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getSimpleName()
                : failure.getMessage();
        return "Could not export " + target + ": " + reason;
    }
}
