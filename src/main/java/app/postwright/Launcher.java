package app.postwright;

import app.postwright.cli.PostwrightCommand;
import app.postwright.ui.PostwrightApp;
import javafx.application.Application;

/**
 * Entry point of postwright.jar. With no arguments, or with only a file to open, it starts the editor; with a
 * subcommand or an option it runs the headless command line. A plain class (not an Application subclass) so that
 * the shaded jar starts JavaFX from the classpath.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (PostwrightCommand.isCommandLine(args)) {
            System.exit(PostwrightCommand.run(args));
        }
        Application.launch(PostwrightApp.class, args);
    }
}
