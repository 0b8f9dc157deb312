package app.postwright.cli;

import app.postwright.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The headless command line: {@code postwright templates|new|import|export|check}. */
@Command(name = "postwright",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Write job postings offline. Without a command, opens the editor.",
        subcommands = {TemplatesCommand.class, NewCommand.class, ImportCommand.class, ExportCommand.class,
                CheckCommand.class, CommandLine.HelpCommand.class})
public final class PostwrightCommand implements Runnable {
    /** Exit code for bad input or bad usage; picocli uses the same for usage errors. */
    public static final int EXIT_BAD_INPUT = 2;

    private static final Set<String> COMMANDS = Set.of("templates", "new", "import", "export", "check", "help");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    /**
     * True when the arguments ask for the command line rather than the editor: an option, a command name, or
     * anything that is not a single existing file to open.
     */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        if (args[0].startsWith("-") || COMMANDS.contains(args[0]) || args.length > 1) {
            return true;
        }
        return !Files.isRegularFile(Path.of(args[0]));
    }

    /** Runs the command line with the given services and returns the exit code. */
    public static int run(String[] args, Services services, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new PostwrightCommand(), new ServicesFactory(services));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            err.println(failed.getCommandName() + ": " + e.getMessage()
                    + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
            return EXIT_BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            if (e instanceof BadInputException) {
                err.println(failed.getCommandName() + ": " + e.getMessage());
                return EXIT_BAD_INPUT;
            }
            throw e;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Runs the command line on the process's standard streams. */
    public static int run(String[] args) {
        return run(args, Services.standard(), new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }
}
