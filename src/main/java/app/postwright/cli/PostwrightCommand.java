package app.postwright.cli;

/** The headless command line. Outline: implemented in the CLI work package. */
public final class PostwrightCommand {
    private PostwrightCommand() {
    }

    /** True when the arguments ask for a subcommand or option rather than the editor. */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && (args[0].startsWith("-") || !args[0].contains("."));
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args) {
        return 2;
    }
}
