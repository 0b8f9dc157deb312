package app.postwright.draft;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The command line of {@link CrashSafeFilesTest}'s child JVMs ({@link SaveLoop}), made to start fast, because every
 * kill needs a fresh process and start-up is most of a round: the quick compiler only, serial GC, a small heap, and a
 * class-data sharing archive of the classes a child loads (JDK, libraries, ours), written once by a child that warms
 * up and exits normally, so that the killed children map the classes instead of loading and verifying them again.
 * The JVM archives classes from jar files only, so the class folders on the test class path are copied into jars
 * first. Where no archive can be made, the children start without one, only more slowly.
 */
final class ChildJvm {
    private final List<String> options;

    private ChildJvm(List<String> options) {
        this.options = options;
    }

    /** Prepares the children of one {@link SaveLoop} mode; files go to {@code dir}, JVM messages to {@code log}. */
    static ChildJvm prepare(String mode, Path dir, Path log) throws IOException, InterruptedException {
        List<String> base = baseOptions(jarredClassPath(dir.resolve("class-path-" + mode)));
        Path archive = dir.resolve(mode + ".jsa");
        List<String> dump = new ArrayList<>(base);
        dump.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, SaveLoop.class.getName(), mode,
                dir.resolve(mode + "-archive-run").toString()));
        // Standard input at its end: the child warms up, finds no go-ahead and exits, writing the archive.
        Process process = new ProcessBuilder(dump)
                .redirectInput(Files.createFile(dir.resolve(mode + "-no-input")).toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The child writing the class archive did not exit:\n" + Files.readString(log));
        }
        List<String> options = new ArrayList<>(base);
        if (process.exitValue() == 0 && Files.isRegularFile(archive)) {
            options.add("-XX:SharedArchiveFile=" + archive);
        }
        return new ChildJvm(options);
    }

    /** The command that runs {@link SaveLoop} in {@code mode} on {@code target}. */
    List<String> command(String mode, Path target) {
        List<String> command = new ArrayList<>(options);
        command.addAll(List.of(SaveLoop.class.getName(), mode, target.toString()));
        return command;
    }

    private static List<String> baseOptions(String classPath) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-XX:-UsePerfData", "-Xshare:auto",
                // JVM warnings go to standard error (the log); standard output carries only the progress lines.
                "-Xlog:disable", "-Xlog:all=warning:stderr",
                "-Djava.awt.headless=true", "-cp", classPath);
    }

    /** The test class path with each folder replaced by a jar of its files, in {@code jars}. */
    private static String jarredClassPath(Path jars) throws IOException {
        Files.createDirectories(jars);
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = jars.resolve(entries.size() + ".jar");
                writeJar(path, jar);
                entries.add(jar.toString());
            } else {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void writeJar(Path folder, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(folder)) {
            // No compression: quicker to write, and the jar lives for one test only.
            out.setLevel(0);
            for (Path path : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                JarEntry entry = new JarEntry(folder.relativize(path).toString().replace(File.separatorChar, '/'));
                out.putNextEntry(entry);
                Files.copy(path, out);
                out.closeEntry();
            }
        }
    }
}
