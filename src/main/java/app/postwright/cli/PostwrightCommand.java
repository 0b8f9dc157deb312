package app.postwright.cli;

import app.postwright.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The headless command line: {@code postwright templates|new|import|export|check}. */
@Command(name = "postwright",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Write job postings offline. Without a command, opens the editor.")
public final class PostwrightCommand implements Runnable {
    /** Exit code for bad input or bad usage; picocli uses the same for usage errors. */
    public static final int EXIT_BAD_INPUT = 2;

    /** The subcommands in the order {@code --help} lists them ({@link CommandNames#ALL}). */
    static final Map<String, Class<?>> COMMANDS = orderedCommands();

    private static Map<String, Class<?>> orderedCommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put(CommandNames.TEMPLATES, TemplatesCommand.class);
        commands.put(CommandNames.NEW, NewCommand.class);
        commands.put(CommandNames.IMPORT, ImportCommand.class);
        commands.put(CommandNames.EXPORT, ExportCommand.class);
        commands.put(CommandNames.CHECK, CheckCommand.class);
        commands.put(CommandNames.HELP, CommandLine.HelpCommand.class);
        return Collections.unmodifiableMap(commands);
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    /** Runs the command line with the given services and returns the exit code. */
    public static int run(String[] args, Services services, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLineFor(args, new ServicesFactory(services));
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

    /**
     * The command tree {@code args} needs. picocli reads the annotations of every command it is given, which costs a
     * short command about a fifth of its run time when all of them are read; a call naming one subcommand only
     * needs that one. Anything else (no command, an unknown one, {@code help}, {@code --help}) gets them all, so
     * usage lists and suggestions stay complete.
     */
    private static CommandLine commandLineFor(String[] args, CommandLine.IFactory factory) {
        CommandLine commandLine = new CommandLine(new PostwrightCommand(), factory);
        String named = args.length > 0 ? args[0] : "";
        boolean oneCommand = COMMANDS.containsKey(named) && !named.equals(CommandNames.HELP);
        for (Map.Entry<String, Class<?>> command : COMMANDS.entrySet()) {
            if (!oneCommand || command.getKey().equals(named)) {
                commandLine.addSubcommand(command.getKey(), new CommandLine(command.getValue(), factory));
            }
        }
        return commandLine;
    }

    /** Runs the command line on the process's standard streams. */
    public static int run(String[] args) {
        Services services = Services.standard();
        if (args.length > 0 && COMMANDS.containsKey(args[0]) && !args[0].equals(CommandNames.HELP)) {
            services.prepareDraftCodec();
        }
        if (ExportCommand.mayExportPdf(args)) {
            services.warmUpPdf();
        }
        return run(args, services, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }
}
