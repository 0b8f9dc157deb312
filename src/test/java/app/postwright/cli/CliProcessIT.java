package app.postwright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the packaged target/postwright.jar as a user would: exit codes, stderr, files written. */
class CliProcessIT {
    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run postwright(String... args) throws IOException, InterruptedException {
        return java(List.of(), args);
    }

    private Run java(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpostwright.home=" + dir.resolve("home")));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("postwright.test.jar")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void newThenExportPdf() throws Exception {
        assertThat(postwright("new", "--template", "backend-systems-developer", "-o", "job.json").exitCode()).isZero();
        Run export = postwright("export", "job.json", "--format", "pdf", "--out-dir", "out");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("out/job.pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void badInputExitsTwoWithOneLineAndNoStackTrace() throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{ not json");
        Run run = postwright("export", "broken.json", "--format", "pdf");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).contains("broken.json").doesNotContain("\n").doesNotContain("\tat ");
        assertThat(dir.resolve("broken.pdf")).doesNotExist();
    }

    @Test
    void theWorkRunsInATunedJvmThatKeepsTheUsersOwnOptions() throws Exception {
        // The user's -XX:+PrintCommandLineFlags reaches both JVMs: the first prints its flags, the tuned one its own.
        Run run = java(List.of("-XX:+PrintCommandLineFlags"), "--version");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> flagLines = run.out().lines().filter(line -> line.contains("-XX:")).toList();
        assertThat(flagLines).hasSize(2);
        assertThat(flagLines.get(1)).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(run.out()).contains("Postwright ");
    }

    /**
     * A batch of many files makes a command line longer than a page (4 KB), of which the JDK's process information
     * on Linux gives no arguments at all; the batch must still run in the tuned JVM.
     */
    @Test
    void aCommandLineLongerThanAPageStillRunsTuned() throws Exception {
        assertThat(postwright("new", "--template", "blank", "-o", "job.json").exitCode()).isZero();
        List<String> args = new ArrayList<>(List.of("export", "--format", "html", "--out-dir", "out"));
        for (int i = 0; i < 60; i++) {
            Path copy = dir.resolve("a-draft-with-a-long-name-as-real-folders-and-files-have-" + i + ".json");
            Files.copy(dir.resolve("job.json"), copy);
            args.add(copy.toString());
        }
        assertThat(String.join(" ", args).length()).isGreaterThan(4096);
        Run run = java(List.of("-XX:+PrintCommandLineFlags"), args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> flagLines = run.out().lines().filter(line -> line.contains("-XX:")).toList();
        assertThat(flagLines).hasSize(2);
        assertThat(flagLines.get(1)).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(dir.resolve("out").toFile().list()).hasSize(60);
    }

    /**
     * The build puts JavaFX's native libraries next to the jar, where JavaFX loads them directly; without them it
     * copies each out of the jar into a cache and hashes both copies on every start (WebKit's 121 MB froze the first
     * window for seconds). {@code javafx.verbose} makes JavaFX say where each library came from.
     */
    @Test
    void javaFxLoadsItsNativeLibrariesFromBesideTheJar() throws Exception {
        String classPath = System.getProperty("postwright.test.jar") + java.io.File.pathSeparator
                + Path.of(NativeLibraryProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djavafx.verbose=true", "-cp", classPath, NativeLibraryProbe.class.getName())
                .redirectErrorStream(true).redirectOutput(dir.resolve("probe.txt").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(dir.resolve("probe.txt"));
        Path nextToJar = Path.of(System.getProperty("postwright.test.jar")).toAbsolutePath().getParent();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).as(output).contains(nextToJar.toString()).contains("glass").doesNotContain("from resource");
    }

    /** Loads JavaFX's first native library the way the toolkit does, without needing a display. */
    static final class NativeLibraryProbe {
        public static void main(String[] args) {
            com.sun.glass.utils.NativeLibLoader.loadLibrary("glass");
        }
    }

    @Test
    void versionIsPrinted() throws Exception {
        Run run = postwright("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("Postwright \\d+\\.\\d+\\.\\d+.*\\s*");
    }
}
