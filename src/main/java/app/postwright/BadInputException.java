package app.postwright;

/**
 * Input Postwright cannot use: a malformed draft, an unknown template, an unreadable file, an unwritable
 * destination. The message is complete and meant for the user (it names the file and, where known, the line
 * and column); the command line prints it on one line and exits with code 2, the editor shows it in a dialog.
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
