package app.postwright.ui.recovery;

import app.postwright.draft.DraftCodec;
import app.postwright.draft.RecoveryStore;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.ui.document.DocumentModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Autosave timing and what it writes, with a short delay instead of the real 1.5 s. The document model's
 * properties need no FX toolkit, so this runs as a plain unit test (the test thread plays the FX thread).
 */
class AutosaveTest {
    private static final Duration DELAY = Duration.ofMillis(300);

    @TempDir
    Path dir;

    private final DocumentModel document = new DocumentModel();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private RecoveryStore store;
    private Autosave autosave;

    private void start() {
        store = new RecoveryStore(dir.resolve("recovery"), new DraftCodec(), Clock.systemUTC());
        autosave = new Autosave(document, store, DELAY, failures::add);
    }

    @AfterEach
    void stop() throws Exception {
        autosave.close().get(5, TimeUnit.SECONDS);
    }

    private void typeTitle(String title) {
        document.type("title", document.posting().details().title(), title,
                p -> p.withDetails(p.details().withTitle(title)));
    }

    private Posting recovered() {
        return store.load(store.list().get(0));
    }

    @Test
    void writesTheLastStateOnceTypingPausesAndNotBefore() throws Exception {
        start();
        Path mine = Files.writeString(dir.resolve("mine.json"), "the user's file");
        document.load(Posting.EMPTY, mine);

        long started = System.nanoTime();
        for (String title : List.of("B", "Ba", "Bac", "Back")) {
            typeTitle(title);
            Thread.sleep(DELAY.toMillis() / 3);
        }
        assertThat(store.list()).as("nothing is written while the user types").isEmpty();

        waitUntil(() -> !store.list().isEmpty());
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(recovered().details().title()).isEqualTo("Back");
        assertThat(store.list().get(0).original()).isEqualTo(mine.toAbsolutePath());
        assertThat(waited).isLessThan(4 * DELAY.toMillis() / 3 + DELAY.toMillis() + 2000);
        assertThat(mine).hasContent("the user's file");
        assertThat(failures).isEmpty();
    }

    @Test
    void saveNowWritesWithoutWaitingForTheDelay() throws Exception {
        start();
        autosave = closeAndRestart(Duration.ofMinutes(10));
        typeTitle("Focus lost");

        autosave.saveNow();

        waitUntil(() -> !store.list().isEmpty());
        assertThat(recovered().details().title()).isEqualTo("Focus lost");
    }

    @Test
    void aReadOnlyDocumentIsNeverCopiedEvenWhenSomethingTriesToEditIt() throws Exception {
        start();
        Path newer = Files.writeString(dir.resolve("newer.json"), "a draft from a newer Postwright");
        document.loadReadOnly(Posting.EMPTY.withDetails(PostingDetails.EMPTY.withTitle("Newer")), newer, "read-only");

        typeTitle("Changed");
        autosave.saveNow();
        Thread.sleep(3 * DELAY.toMillis());

        assertThat(store.list()).isEmpty();
        assertThat(newer).hasContent("a draft from a newer Postwright");
        assertThat(failures).isEmpty();
    }

    @Test
    void backAtTheSavedStateTheCopyIsRemovedAndANormalCloseRemovesItToo() throws Exception {
        start();
        typeTitle("Draft");
        waitUntil(() -> !store.list().isEmpty());

        document.undo();
        waitUntil(() -> store.list().isEmpty());

        typeTitle("Again");
        waitUntil(() -> !store.list().isEmpty());
        autosave.close().get(5, TimeUnit.SECONDS);
        assertThat(store.list()).isEmpty();
    }

    @Test
    void anAdoptedSessionIsReplacedNotDuplicated() throws Exception {
        start();
        store.save("crashed", Posting.EMPTY.withDetails(PostingDetails.EMPTY.withTitle("Before the crash")), null);

        autosave.adopt("crashed");
        document.loadUnsaved(recovered(), null);
        typeTitle("After the restore");

        waitUntil(() -> "After the restore".equals(recovered().details().title()));
        assertThat(store.list()).extracting(RecoveryStore.Entry::id).containsExactly("crashed");
    }

    @Test
    void aFailedWriteIsReportedAndLaterEditsTryAgain() throws Exception {
        Files.writeString(dir.resolve("recovery"), "a file where the folder should be");
        start();
        typeTitle("One");
        waitUntil(() -> !failures.isEmpty());
        assertThat(failures.get(0)).startsWith("Autosave failed: Cannot create the recovery folder");

        Files.delete(dir.resolve("recovery"));
        typeTitle("Two");
        waitUntil(() -> !store.list().isEmpty());
        assertThat(recovered().details().title()).isEqualTo("Two");
    }

    private Autosave closeAndRestart(Duration delay) throws Exception {
        autosave.close().get(5, TimeUnit.SECONDS);
        return new Autosave(document, store, delay, failures::add);
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
