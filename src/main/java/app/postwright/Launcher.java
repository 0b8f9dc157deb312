package app.postwright;

import app.postwright.cli.CommandNames;
import app.postwright.cli.PostwrightCommand;
import app.postwright.ui.PostwrightApp;
import app.postwright.ui.RenderingPipeline;
import javafx.application.Application;

import java.util.OptionalInt;

/**
 * Entry point of postwright.jar. With no arguments, or with only a file to open, it starts the editor; with a
 * subcommand or an option it runs the headless command line. A plain class (not an Application subclass) so that
 * the shaded jar starts JavaFX from the classpath. Started with {@code java -jar}, it first hands the arguments to a
 * JVM tuned for Postwright ({@link TunedJvm}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        boolean commandLine = CommandNames.isCommandLine(args);
        OptionalInt tuned = TunedJvm.relaunch(args, commandLine);
        if (tuned.isPresent()) {
            System.exit(tuned.getAsInt());
        }
        if (commandLine) {
            System.exit(PostwrightCommand.run(args));
        }
        RenderingPipeline.chooseBeforeStartup();
        Application.launch(PostwrightApp.class, args);
    }
}
