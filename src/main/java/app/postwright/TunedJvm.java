package app.postwright;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs {@code java -jar postwright.jar ...} again in a JVM started with options chosen for Postwright, and waits
 * for it. A jar cannot carry JVM options, and the defaults suit long-running servers, not a command that lives
 * for a second or an editor on a laptop: the second JIT tier (C2) doubles the CPU time of a short command, G1 on a
 * large machine lets the heap grow to hundreds of megabytes of garbage, and without a class-data-sharing archive
 * every class is loaded and verified anew on every start (measured in docs/performance.md). The app image's
 * launcher passes the same options itself (packaging/launcher.args), so it never comes here.
 *
 * <p>The second JVM gets the same arguments after the tuned options, so options the user gave still win, plus
 * {@code -Dpostwright.tuned=true} so it does not start a third. {@code -Dpostwright.tuned=false} (or any value)
 * on the first JVM turns the relaunch off. Only a {@code java -jar} start is relaunched: started from a class path
 * (IDE, {@code mvn javafx:run}, tests), the JVM runs as it was asked to.
 *
 * <p>This class has no lambdas, method references or {@code +} on strings (other than constant expressions, which
 * the compiler folds): the first JVM runs without the app's class-data archive, and each of them bootstraps method
 * handles the first time it runs. Written out, the first
 * JVM starts the second about 30 ms sooner (docs/performance.md, fifth session); {@code TunedJvmTest} keeps it so.
 */
public final class TunedJvm {
    static final String TUNED = "postwright.tuned";
    /**
     * When the first JVM started (epoch milliseconds), for start-up timing that counts both JVMs
     * ({@code -Dpostwright.timing=true}).
     */
    public static final String LAUNCH_START = "postwright.launchStart";

    /** C1 only and the serial collector, for every start; the heap is sized per kind of start (below). */
    private static final List<String> COMMON_OPTIONS = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions", // a JVM other than HotSpot still starts, untuned
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            // Soft references live 20 ms per free megabyte instead of 1 s: JavaFX keeps the images of rendered
            // effects (menu and popup shadows) behind them, and with hundreds of free megabytes they stayed for
            // minutes: 109 MB live after 48 rounds of a scripted editing session, 52 MB with this.
            "-XX:SoftRefLRUPolicyMSPerMB=20",
            "-D" + TUNED + "=true");

    /**
     * The command line exports big batches and big drafts. Exporting allocates some 30 MB of short-lived objects per
     * PDF (text measuring, font tables, the PDF's own objects), so it gets a young generation of 64 MB: with the
     * editor's 16 MB start, a 50-PDF batch spent 1.2 s of its 4 s in 73 collections, 15 of them full; with this,
     * 0.44 s in 24, 3 of them full (docs/performance.md, third session, "Command line: what each change bought").
     * The old generation starts at 64 MB, which holds the parsed fonts and what a batch promotes without a full
     * collection: starting at 32 MB, a 50-PDF batch ran 2 full collections, 288 ms of pauses against 173 ms, for
     * 6 MB more resident memory (sixth session). Pages of the heap nothing uses are never touched, so a single
     * export's memory is the same.
     */
    private static final List<String> COMMAND_LINE_HEAP = List.of(
            "-Xmx512m", "-Xmn64m", "-Xms128m", "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40");
    /**
     * The editor also holds undo history and the preview, and runs for hours, so it keeps its resident memory near
     * what it uses: after a full collection the heap keeps 20–30 % free, and shrinks to that at once rather than in
     * the serial collector's cautious steps (which let garbage promoted while typing keep the old generation at its
     * high-water mark); the young generation is a quarter of the heap, not a third; and every 5 s the C library
     * hands memory freed by WebKit and GTK back to the system ({@code malloc_trim}; JDK 17.0.9 and later). Measured
     * on editing sessions (docs/performance.md, third session): 355 → 335 MB (150 s) for the trimming; 385 → 345 MB
     * (300 s) for shrinking at once; 369 → 345 MB for the smaller young generation. Keeping only 10–20 % free saved
     * 10 MB more, but the one benchmark run with it had slower keystrokes (p95 62 ms), as more frequent full
     * collections (some 50 ms each) would cause; not adopted without a clearer measurement.
     */
    private static final List<String> EDITOR_HEAP = List.of("-Xms16m", "-Xmx768m", "-XX:NewRatio=3",
            "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=30", "-XX:-ShrinkHeapInSteps",
            "-XX:TrimNativeHeapInterval=5000");
    /**
     * GTK (through libepoxy) opens OpenGL when it connects to the display, whether or not anything draws with it;
     * where no GPU driver is installed, that loads Mesa's software rasteriser and LLVM, 58 MB of resident memory
     * that JavaFX never uses: its software pipeline draws without OpenGL, and its OpenGL pipeline opens its own
     * context, not GTK's. A value the user set is kept.
     */
    private static final Map<String, String> EDITOR_ENVIRONMENT = Map.of("GDK_GL", "disable");

    /**
     * The class-data-sharing archive the build makes next to the jar (same name, {@code .jsa}). A stale or foreign
     * archive (another JVM, a rebuilt jar) is refused by the JVM, which then loads classes as usual; its warning is
     * silenced so that it cannot end up in a command's output.
     */
    private static final List<String> ARCHIVE_LOG_OFF = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    /**
     * Maps the archives at the address they were built for, as the first JDK 17 releases did. Current updates map
     * them elsewhere by default (address-space randomisation) and rewrite every pointer in them, which dirtied all
     * 40 MB of the editor's archive (resident memory no other process can share) and cost a PDF export 0.09 s.
     * Should that address be taken, the JVM still relocates.
     */
    private static final List<String> ARCHIVE_AT_ITS_ADDRESS = List.of(
            "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");

    /**
     * A command that reads or writes a few documents is over before the JIT compiler catches up, and on two cores a
     * second compiler thread only takes CPU time from the threads doing the work (and the two contend for the
     * compile queue's lock). Measured on this 2-core machine (docs/performance.md, seventh session), interleaved:
     * one PDF export 691 → 644 ms median, 5 drafts 984 → 953 ms, 12 drafts 1,326 → 1,267 ms; but a 50-PDF batch,
     * where compiled code pays off, 2,248 → 2,346 ms. Machines with more cores keep the JVM's own choice.
     */
    static final int FEW_DOCUMENTS = 16;
    private static final String ONE_COMPILER_THREAD = "-XX:CICompilerCount=1";

    private TunedJvm() {
    }

    /**
     * Runs the arguments again in a tuned JVM and returns its exit code, or nothing when this JVM should do the
     * work itself: already tuned, not started with {@code -jar}, or the platform does not tell this process's
     * command line.
     */
    static OptionalInt relaunch(String[] args, boolean commandLine) {
        if (System.getProperty(TUNED) != null) {
            return OptionalInt.empty();
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<String> java = self.command();
        Optional<Path> jar = runningJar();
        Optional<List<String>> arguments = arguments(self);
        if (java.isEmpty() || jar.isEmpty() || arguments.isEmpty()) {
            return OptionalInt.empty();
        }
        Optional<List<String>> jvmOptions = jvmOptions(arguments.get());
        if (jvmOptions.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(tunedOptions(jar.get(), commandLine));
        if (commandLine && Runtime.getRuntime().availableProcessors() <= 2 && namesFewDocuments(args)) {
            command.add(ONE_COMPILER_THREAD);
        }
        Optional<Instant> started = self.startInstant();
        if (started.isPresent()) {
            command.add(String.join("", "-D", LAUNCH_START, "=", Long.toString(started.get().toEpochMilli())));
        }
        command.addAll(jvmOptions.get());
        command.add("-jar");
        command.add(jar.get().toString());
        command.addAll(Arrays.asList(args));
        return OptionalInt.of(run(command, commandLine ? Map.of() : EDITOR_ENVIRONMENT));
    }

    /**
     * Prints the options a {@code java -jar} start gets, one line, for scripts that start Postwright's classes
     * another way and want the same JVM (src/bench/editor-latency.sh): {@code java -cp postwright.jar
     * app.postwright.TunedJvm editor|command-line}; with a second argument {@code environment}, the environment
     * variables it sets instead, one {@code NAME=value} per line.
     */
    public static void main(String[] args) {
        boolean commandLine = args.length > 0 && args[0].equals("command-line");
        if (args.length > 1 && args[1].equals("environment")) {
            Map<String, String> environment = commandLine ? Map.of() : EDITOR_ENVIRONMENT;
            for (Map.Entry<String, String> variable : environment.entrySet()) {
                System.out.println(String.join("=", variable.getKey(), variable.getValue()));
            }
            return;
        }
        Path jar = runningJar().orElse(Path.of("postwright.jar"));
        System.out.println(String.join(" ", tunedOptions(jar, commandLine)));
    }

    /** The options for a start of the command line or the editor from {@code jar}. */
    static List<String> tunedOptions(Path jar, boolean commandLine) {
        List<String> options = new ArrayList<>(COMMON_OPTIONS);
        options.addAll(commandLine ? COMMAND_LINE_HEAP : EDITOR_HEAP);
        Path archive = archiveOf(jar, commandLine);
        if (Files.isRegularFile(archive)) {
            options.add("-XX:SharedArchiveFile=".concat(archive.toString()));
            options.addAll(ARCHIVE_LOG_OFF);
            options.addAll(ARCHIVE_AT_ITS_ADDRESS);
        }
        return options;
    }

    /**
     * Whether at most {@link #FEW_DOCUMENTS} arguments name an existing file: the drafts and files a command reads
     * (and an output it overwrites). A guess for tuning only; a wrong one costs some speed, nothing else.
     */
    static boolean namesFewDocuments(String[] args) {
        int files = 0;
        for (String arg : args) {
            if (!arg.startsWith("-") && isFile(arg) && ++files > FEW_DOCUMENTS) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFile(String name) {
        try {
            return Files.isRegularFile(Path.of(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * The archive the build made for a start of the command line or the editor from {@code jar}, in the same folder:
     * {@code postwright.jar} → {@code postwright-cli.jsa} or {@code postwright.jsa}. The command line has its own
     * because the editor's holds the JavaFX classes too, and mapping those cost a PDF export 0.2 s.
     */
    static Path archiveOf(Path jar, boolean commandLine) {
        String name = jar.getFileName().toString();
        String base = name.endsWith(".jar") ? name.substring(0, name.length() - ".jar".length()) : name;
        return jar.resolveSibling(base.concat(commandLine ? "-cli.jsa" : ".jsa"));
    }

    /**
     * The JVM options of this process's command line: what comes before {@code -jar}. Empty when there is no
     * {@code -jar} (started from a class path).
     */
    static Optional<List<String>> jvmOptions(List<String> arguments) {
        int jarOption = arguments.indexOf("-jar");
        return jarOption < 0 ? Optional.empty() : Optional.of(List.copyOf(arguments.subList(0, jarOption)));
    }

    /**
     * This process's arguments after the {@code java} command: JVM options, {@code -jar}, the jar, the program's own
     * arguments. Where the system has {@code /proc/self/cmdline} (Linux), they are read whole from there:
     * {@link ProcessHandle.Info#arguments()} gives none at all on Linux once the command line is longer than a page
     * (4 KB), as a batch export of many files soon is, and such batches then ran untuned, a third slower.
     */
    private static Optional<List<String>> arguments(ProcessHandle.Info self) {
        Path commandLine = Path.of("/proc/self/cmdline");
        if (Files.isReadable(commandLine)) {
            try {
                return Optional.of(argumentsOf(Files.readAllBytes(commandLine), argumentCharset()));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        Optional<String[]> arguments = self.arguments();
        return arguments.isPresent() ? Optional.of(Arrays.asList(arguments.get())) : Optional.empty();
    }

    /**
     * The arguments in a {@code /proc/PID/cmdline} file (the command and each argument, each ended by a NUL byte),
     * without the command.
     */
    static List<String> argumentsOf(byte[] commandLine, Charset charset) {
        List<String> arguments = new ArrayList<>();
        int start = 0;
        for (int end = 0; end < commandLine.length; end++) {
            if (commandLine[end] == 0) {
                arguments.add(new String(commandLine, start, end - start, charset));
                start = end + 1;
            }
        }
        if (start < commandLine.length) {
            arguments.add(new String(commandLine, start, commandLine.length - start, charset));
        }
        return arguments.isEmpty() ? arguments : arguments.subList(1, arguments.size());
    }

    /** The charset the JVM decoded its command line with. */
    private static Charset argumentCharset() {
        String name = System.getProperty("sun.jnu.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    private static Optional<Path> runningJar() {
        try {
            Path location = Path.of(TunedJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Runs the tuned JVM on this process's standard streams and waits for it. Stopping this process (Ctrl+C, a
     * window manager's "quit", {@code kill}) stops that one too.
     */
    private static int run(List<String> command, Map<String, String> environment) {
        Process tuned;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            for (Map.Entry<String, String> variable : environment.entrySet()) {
                builder.environment().putIfAbsent(variable.getKey(), variable.getValue());
            }
            tuned = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException(String.join("", "cannot start ", command.get(0), ": ", e.getMessage()), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            @Override
            public void run() {
                tuned.destroy();
            }
        }, "postwright-stop-tuned-jvm"));
        while (true) {
            try {
                return tuned.waitFor();
            } catch (InterruptedException e) {
                tuned.destroy();
            }
        }
    }
}
