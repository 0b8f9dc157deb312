package app.postwright.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The names of the command line's subcommands, kept apart from the commands themselves: the launcher decides between
 * editor and command line from them in a JVM that then only starts another, and loading the commands there would
 * load picocli's classes too, outside any class-data archive (about 10 ms).
 */
public final class CommandNames {
    public static final String TEMPLATES = "templates";
    public static final String NEW = "new";
    public static final String IMPORT = "import";
    public static final String EXPORT = "export";
    public static final String CHECK = "check";
    public static final String HELP = "help";

    /** In the order {@code --help} lists them; {@code help} comes last. */
    static final List<String> ALL = List.of(TEMPLATES, NEW, IMPORT, EXPORT, CHECK, HELP);

    private CommandNames() {
    }

    /**
     * True when the arguments ask for the command line rather than the editor: an option, a command name, or
     * anything that is not a single existing file to open.
     */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        if (args[0].startsWith("-") || ALL.contains(args[0]) || args.length > 1) {
            return true;
        }
        return !Files.isRegularFile(Path.of(args[0]));
    }
}
