package app.postwright.draft;

import app.postwright.model.Posting;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
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
 * one of the two contents in full. Each scenario kills 200 processes by default; change the counts with
 * {@code -Dpostwright.crash.draftKills=...} and {@code -Dpostwright.crash.pdfKills=...}, the timing with
 * {@code -Dpostwright.crash.seed=...}.
 *
 * <p>What this proves is atomicity against the process dying. It cannot prove durability against power loss (the
 * operating system's page cache survives a killed process); that rests on the fsync of the file and its folder.
 *
 * <p>Every kill needs a fresh process (a process that survived cannot have been killed), so start-up is the cost:
 * the children start fast ({@link ChildJvm}), the next ones start while the current one writes and is checked, and
 * the two scenarios run at the same time, each filling the other's waits (process start, fsync).
 */
class CrashSafeFilesTest {
    private static final int DRAFT_KILLS = Integer.getInteger("postwright.crash.draftKills", 200);
    private static final int PDF_KILLS = Integer.getInteger("postwright.crash.pdfKills", 200);
    /** Children started ahead of the one being killed: they load and warm up while it writes. */
    private static final int STARTED_AHEAD = 2;

    @TempDir
    Path dir;

    private final long seed = Long.getLong("postwright.crash.seed", System.nanoTime());
    private final Random random = new Random(seed);

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aKilledDraftSaveLeavesTheOldOrTheNewDraftInFull() throws Exception {
        Path target = dir.resolve("large.json");
        DraftCodec codec = new DraftCodec();
        List<Posting> versions = List.of(SaveLoop.version("A", SaveLoop.DRAFT), SaveLoop.version("B", SaveLoop.DRAFT));
        List<String> contents = versions.stream().map(codec::toJson).toList();
        codec.save(versions.get(1), target);

        // A save takes some tens of milliseconds; the delays spread the kills over it and the move after it.
        int writesSeen = killRepeatedly(SaveLoop.DRAFT, target, DRAFT_KILLS, 60, () -> {
            assertThat(Files.readString(target)).isIn(contents);
            assertThat(codec.read(target)).isIn(versions);
            assertThat(Files.readString(DraftCodec.backupOf(target))).isIn(contents);
        });

        assertThat(writesSeen).isGreaterThan(DRAFT_KILLS);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aKilledPdfExportLeavesNoHalfWrittenPdf() throws Exception {
        Path target = dir.resolve("posting.pdf");

        // An export takes a few hundred milliseconds, most of it layout before the first byte reaches the file.
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
     * {@code maxDelayMillis} (or below the time that first write took, if longer) more, kills it and verifies the
     * target; {@code kills} times. Returns the number of writes the children reported finished, which shows the
     * kills did interrupt a loop that was really writing.
     */
    private int killRepeatedly(String mode, Path target, int kills, int maxDelayMillis, Check check) throws Exception {
        Path log = dir.resolve(mode + "-stderr.txt");
        ChildJvm jvm = ChildJvm.prepare(mode, dir, log);
        int writes = 0;
        int started = 0;
        Deque<Child> ready = new ArrayDeque<>();
        try {
            for (int kill = 0; kill < kills; kill++) {
                for (; started < kills && ready.size() <= STARTED_AHEAD; started++) {
                    ready.add(Child.start(jvm.command(mode, target), dir.resolve(mode + "-" + started + ".txt"), log));
                }
                Child current = ready.remove();
                long go = System.nanoTime();
                current.go();
                current.awaitFirstWrite(log);
                // On a slow or busy machine a write takes longer than the usual bound: spread the kills over the
                // time the first write took, so that they still reach the end of the next write and the move.
                long firstWriteMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - go);
                Thread.sleep(random.nextInt((int) Math.max(maxDelayMillis, firstWriteMillis)));
                writes += current.kill();
                verify(check, kill);
            }
        } finally {
            for (Child child : ready) {
                child.kill();
            }
        }
        return writes;
    }

    private void verify(Check check, int kill) throws Exception {
        try {
            check.verify();
        } catch (AssertionError e) {
            throw new AssertionError("After kill " + (kill + 1) + " (replay with -Dpostwright.crash.seed=" + seed
                    + "): " + e.getMessage(), e);
        }
    }

    /** One SaveLoop process; its standard output (one line per completed write) goes to a file the test polls. */
    private record Child(Process process, Path progress) {
        static Child start(List<String> command, Path progress, Path log) throws IOException {
            return new Child(new ProcessBuilder(command)
                    .redirectOutput(progress.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start(), progress);
        }

        void go() throws IOException {
            process.getOutputStream().write('\n');
            process.getOutputStream().flush();
        }

        /** Output appears only after a completed write (JVM messages go to the log); a size check is cheap. */
        void awaitFirstWrite(Path log) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (Files.size(progress) == 0) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    fail("The child process did not finish its first write:\n" + Files.readString(log));
                }
                Thread.sleep(1);
            }
        }

        /**
         * SIGKILL on POSIX (TerminateProcess on Windows): no shutdown hook, no finally block runs. Returns the writes
         * the child reported finished.
         */
        int kill() throws InterruptedException, IOException {
            process.destroyForcibly();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("killed child exits").isTrue();
            try (Stream<String> lines = Files.lines(progress)) {
                return (int) lines.filter(line -> line.startsWith(SaveLoop.WROTE)).count();
            }
        }
    }
}
