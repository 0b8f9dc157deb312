package app.postwright;

import app.postwright.cli.CommandNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TunedJvmTest {
    @TempDir
    Path folder;

    @Test
    void theJvmOptionsAreWhatComesBeforeDashJar() {
        assertThat(TunedJvm.jvmOptions(List.of("-Dpostwright.home=/tmp/h", "-Xmx1g", "-jar", "postwright.jar",
                "export", "-jar")))
                .contains(List.of("-Dpostwright.home=/tmp/h", "-Xmx1g"));
        assertThat(TunedJvm.jvmOptions(List.of("-jar", "postwright.jar"))).contains(List.of());
    }

    @Test
    void theArgumentsAreReadFromTheNulSeparatedCommandLine() {
        byte[] commandLine = "/usr/bin/java\0-Xmx1g\0-jar\0postwright.jar\0export\0caf\u00e9 r\u00e9sum\u00e9.json\0"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(TunedJvm.argumentsOf(commandLine, StandardCharsets.UTF_8))
                .containsExactly("-Xmx1g", "-jar", "postwright.jar", "export", "caf\u00e9 r\u00e9sum\u00e9.json");
        assertThat(TunedJvm.argumentsOf("java\0\0last".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .containsExactly("", "last");
        assertThat(TunedJvm.argumentsOf(new byte[0], StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aClassPathStartIsNotRelaunched() {
        assertThat(TunedJvm.jvmOptions(List.of("-cp", "target/classes", "app.postwright.Launcher"))).isEmpty();
    }

    @Test
    void theArchivesAreTheJarsSiblingsOneForTheEditorAndOneForTheCommandLine() {
        Path jar = folder.resolve("postwright.jar");
        assertThat(TunedJvm.archiveOf(jar, false)).isEqualTo(folder.resolve("postwright.jsa"));
        assertThat(TunedJvm.archiveOf(jar, true)).isEqualTo(folder.resolve("postwright-cli.jsa"));
    }

    @Test
    void theArchiveIsPassedOnlyWhenItExistsAndItsWarningsAreSilenced() throws IOException {
        Path jar = Files.createFile(folder.resolve("postwright.jar"));
        assertThat(TunedJvm.tunedOptions(jar, true)).noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"))
                .doesNotContain("-XX:ArchiveRelocationMode=0");

        Files.createFile(folder.resolve("postwright-cli.jsa"));
        assertThat(TunedJvm.tunedOptions(jar, true))
                .contains("-XX:SharedArchiveFile=" + folder.resolve("postwright-cli.jsa"), "-Xlog:cds=off",
                        "-XX:ArchiveRelocationMode=0");
        assertThat(TunedJvm.tunedOptions(jar, false)).noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));

        Files.createFile(folder.resolve("postwright.jsa"));
        assertThat(TunedJvm.tunedOptions(jar, false))
                .contains("-XX:SharedArchiveFile=" + folder.resolve("postwright.jsa"));
    }

    @Test
    void aCommandNamesFewDocumentsWhenAtMostSixteenArgumentsAreFiles() throws IOException {
        List<String> args = new ArrayList<>(List.of("export", "--format", "pdf", "--out-dir",
                folder.resolve("missing").toString(), "-o", "nul\u0000l", ""));
        for (int i = 0; i < TunedJvm.FEW_DOCUMENTS; i++) {
            args.add(Files.createFile(folder.resolve("draft-" + i + ".json")).toString());
        }
        args.add(folder.toString()); // a folder is not a document
        assertThat(TunedJvm.namesFewDocuments(args.toArray(String[]::new))).isTrue();

        args.add(Files.createFile(folder.resolve("one-more.json")).toString());
        assertThat(TunedJvm.namesFewDocuments(args.toArray(String[]::new))).isFalse();
        assertThat(TunedJvm.namesFewDocuments(new String[0])).isTrue();
    }

    @Test
    void theCommandLineGetsAYoungGenerationForItsShortLivedObjectsAndTheEditorAHeapThatStartsSmall() {
        Path jar = folder.resolve("postwright.jar");
        assertThat(TunedJvm.tunedOptions(jar, true)).contains("-Xmn64m", "-Xmx512m").doesNotContain("-Xms16m");
        assertThat(TunedJvm.tunedOptions(jar, false)).contains("-Xms16m", "-Xmx768m", "-XX:MaxHeapFreeRatio=30",
                        "-XX:-ShrinkHeapInSteps", "-XX:TrimNativeHeapInterval=5000")
                .noneMatch(option -> option.startsWith("-Xmn"));
    }

    @Test
    void theTunedJvmIsMarkedSoThatItDoesNotRelaunchAgain() {
        assertThat(TunedJvm.tunedOptions(folder.resolve("postwright.jar"), false))
                .contains("-D" + TunedJvm.TUNED + "=true", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                .anyMatch(option -> option.startsWith("-Xmx"));
    }

    @Test
    void theEditorsEnvironmentKeepsGtkFromOpeningOpenGlAndTheCommandLineSetsNone() {
        assertThat(printed("editor", "environment")).isEqualTo("GDK_GL=disable\n");
        assertThat(printed("command-line", "environment")).isEmpty();
        assertThat(printed("editor")).contains("-XX:+UseSerialGC", "-Xmx768m");
    }

    private static String printed(String... args) {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            TunedJvm.main(args);
        } finally {
            System.setOut(before);
        }
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void aJvmThatIsAlreadyTunedRunsTheWorkItself() {
        String before = System.getProperty(TunedJvm.TUNED);
        System.setProperty(TunedJvm.TUNED, "true");
        try {
            assertThat(TunedJvm.relaunch(new String[] {"--version"}, true)).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty(TunedJvm.TUNED);
            } else {
                System.setProperty(TunedJvm.TUNED, before);
            }
        }
    }

    @Test
    void theFirstJvmsCodeBootstrapsNoMethodHandles() throws Exception {
        // TunedJvm$1: the shutdown hook's Runnable, written as a class for the same reason.
        String tunedJvm = TunedJvm.class.getName();
        for (String name : List.of(Launcher.class.getName(), CommandNames.class.getName(), tunedJvm, tunedJvm + "$1")) {
            Class<?> type = Class.forName(name);
            assertThat(hasInvokeDynamic(type))
                    .as("%s uses a lambda, method reference or string +, which costs the first JVM a bootstrap", type)
                    .isFalse();
        }
    }

    @Test
    void theBootstrapCheckSeesALambda() throws IOException {
        assertThat(hasInvokeDynamic(LambdaUser.class)).isTrue();
    }

    /** A class whose constant pool has an invokedynamic entry, to show that the check above can fail. */
    private static final class LambdaUser {
        static Runnable task() {
            return () -> { };
        }
    }

    /** Whether the class file's constant pool has a CONSTANT_InvokeDynamic entry (JVMS 4.4.10). */
    private static boolean hasInvokeDynamic(Class<?> type) throws IOException {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (DataInputStream in = new DataInputStream(type.getResourceAsStream(resource))) {
            in.skipBytes(8); // magic, minor and major version
            int count = in.readUnsignedShort();
            for (int index = 1; index < count; index++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> in.skipBytes(in.readUnsignedShort()); // Utf8
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2); // Class, String, MethodType, Module, Package
                    case 15 -> in.skipBytes(3); // MethodHandle
                    case 3, 4, 9, 10, 11, 12, 17 -> in.skipBytes(4); // Integer, Float, refs, NameAndType, Dynamic
                    case 5, 6 -> { // Long and Double take two entries
                        in.skipBytes(8);
                        index++;
                    }
                    case 18 -> {
                        return true;
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag + " in " + resource);
                }
            }
            return false;
        }
    }
}
