package app.postwright.draft;

import app.postwright.model.Posting;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Saves and exports survive {@code kill -9}: a separate JVM ({@link SaveLoop}) writes one file in a loop, alternating
 * two contents, and is killed with SIGKILL ({@link Process#destroyForcibly()}) at a random moment after it has
 * finished at least one write, so most kills land in the middle of the next one. After every kill the file must hold
 * one of the two contents in full. Together the two scenarios kill at least 200 processes; raise the counts with
 * {@code -Dpostwright.crash.draftKills=...} and {@code -Dpostwright.crash.pdfKills=...}.
 *
 * <p>What this proves is atomicity against the process dying. It cannot prove durability against power loss (the
 * operating system's page cache survives a killed process); that rests on the fsync of the file and its folder.
 */
class CrashSafeFilesTest {
    private static final int DRAFT_KILLS = Integer.getInteger("postwright.crash.draftKills", 170);
    private static final int PDF_KILLS = Integer.getInteger("postwright.crash.pdfKills", 30);

    @TempDir
    Path dir;

    private final Random random = new Random(Long.getLong("postwright.crash.seed", System.nanoTime()));

    @Test
    void aKilledDraftSaveLeavesTheOldOrTheNewDraftInFull() throws Exception {
        Path target = dir.resolve("large.json");
        DraftCodec codec = new DraftCodec();
        List<Posting> versions = List.of(SaveLoop.version("A", SaveLoop.DRAFT), SaveLoop.version("B", SaveLoop.DRAFT));
        List<String> contents = versions.stream().map(codec::toJson).toList();
        codec.save(versions.get(1), target);

        int writesSeen = killRepeatedly(SaveLoop.DRAFT, target, DRAFT_KILLS, 60, () -> {
            assertThat(Files.readString(target)).isIn(contents);
            assertThat(codec.read(target)).isIn(versions);
            assertThat(Files.readString(DraftCodec.backupOf(target))).isIn(contents);
        });

        assertThat(writesSeen).isGreaterThan(DRAFT_KILLS);
    }

    @Test
    void aKilledPdfExportLeavesNoHalfWrittenPdf() throws Exception {
        Path target = dir.resolve("posting.pdf");

        killRepeatedly(SaveLoop.PDF, target, PDF_KILLS, 250, () -> {
            // PDFBox repairs many damaged files when loading, so a complete file is also checked by its ending.
            byte[] bytes = Files.readAllBytes(target);
            assertThat(new String(bytes, bytes.length - 8, 8, StandardCharsets.US_ASCII).strip()).endsWith("%%EOF");
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                assertThat(pdf.getNumberOfPages()).isPositive();
                assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Version ");
            }
        });
    }

    @FunctionalInterface
    private interface Check {
        void verify() throws Exception;
    }

    /**
     * Starts the child, waits for its first completed write, lets it run a random number of milliseconds below
     * {@code maxDelayMillis} more, kills it and verifies the target; {@code kills} times. Returns the number of
     * writes the children reported finished, which shows the kills did interrupt a loop that was really writing.
     */
    private int killRepeatedly(String mode, Path target, int kills, int maxDelayMillis, Check check) throws Exception {
        Path log = dir.resolve(mode + "-stderr.txt");
        int writes = 0;
        Child next = Child.start(mode, target, dir.resolve(mode + "-0.txt"), log);
        try {
            for (int kill = 0; kill < kills; kill++) {
                Child current = next;
                next = Child.start(mode, target, dir.resolve(mode + "-" + (kill + 1) + ".txt"), log);
                current.go();
                awaitFirstWrite(current, log);
                Thread.sleep(random.nextInt(maxDelayMillis));
                current.kill();
                writes += current.writesReported();
                check.verify();
            }
        } finally {
            next.kill();
        }
        return writes;
    }

    /** One SaveLoop process; its standard output (progress lines) goes to a file the test polls. */
    private record Child(Process process, Path progress) {
        static Child start(String mode, Path target, Path progress, Path log) throws IOException {
            List<String> command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // Start-up dominates each round; the quick compiler, a small heap and serial GC shorten it.
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Xshare:auto",
                    "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), mode, target.toString());
            Process process = new ProcessBuilder(command)
                    .redirectOutput(progress.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new Child(process, progress);
        }

        void go() throws IOException {
            process.getOutputStream().write('\n');
            process.getOutputStream().flush();
        }

        /** SIGKILL on POSIX (TerminateProcess on Windows): no shutdown hook, no finally block runs. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("killed child exits").isTrue();
        }

        int writesReported() throws IOException {
            try (Stream<String> lines = Files.lines(progress)) {
                return (int) lines.filter(line -> line.startsWith(SaveLoop.WROTE)).count();
            }
        }
    }

    private static void awaitFirstWrite(Child child, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.writesReported() == 0) {
            if (!child.process().isAlive() || System.nanoTime() > deadline) {
                fail("The child process did not finish its first write:\n" + Files.readString(log));
            }
            Thread.sleep(1);
        }
    }
}
