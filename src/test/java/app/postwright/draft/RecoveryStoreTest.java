package app.postwright.draft;

import app.postwright.BadInputException;
import app.postwright.model.Posting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecoveryStoreTest {
    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    @TempDir
    Path dir;

    private RecoveryStore storeAt(Instant now) {
        return new RecoveryStore(dir.resolve("recovery"), new DraftCodec(), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void anAutosavedDraftIsListedWithItsOriginalTimeAndTitleAndLoadsExactly() throws IOException {
        Posting posting = SamplePostings.withUnknownFields();
        Path original = Files.writeString(dir.resolve("mine.json"), "the user's own file");

        storeAt(NOON).save("s1", posting, original);

        RecoveryStore later = storeAt(NOON.plusSeconds(3600));
        assertThat(later.list()).containsExactly(new RecoveryStore.Entry("s1", original.toAbsolutePath(), NOON,
                "With unknown fields"));
        assertThat(later.load(later.list().get(0))).isEqualTo(posting);
        assertThat(later.list().get(0).displayName()).isEqualTo("mine.json");
        assertThat(original).hasContent("the user's own file");
    }

    @Test
    void untitledDraftsHaveNoOriginalAndNewerCopiesReplaceOlderOnes() {
        RecoveryStore store = storeAt(NOON);
        store.save("s1", SamplePostings.full(), null);
        storeAt(NOON.plusSeconds(5)).save("s1", Posting.EMPTY, null);
        storeAt(NOON.plusSeconds(9)).save("s2", SamplePostings.full(), null);

        assertThat(store.list()).extracting(RecoveryStore.Entry::id).containsExactly("s2", "s1");
        RecoveryStore.Entry s1 = store.list().get(1);
        assertThat(s1.original()).isNull();
        assertThat(s1.displayName()).isEqualTo("Untitled");
        assertThat(s1.savedAt()).isEqualTo(NOON.plusSeconds(5));
        assertThat(store.load(s1)).isEqualTo(Posting.EMPTY);
    }

    @Test
    void discardRemovesTheCopyAndNothingElse() throws IOException {
        RecoveryStore store = storeAt(NOON);
        store.save("s1", SamplePostings.full(), null);
        store.save("s2", SamplePostings.full(), null);

        store.discard("s1");
        store.discard("never-saved");

        assertThat(store.list()).extracting(RecoveryStore.Entry::id).containsExactly("s2");
        try (var files = Files.list(dir.resolve("recovery"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("s2.json",
                    "s2.properties");
        }
    }

    @Test
    void anEmptyOrMissingFolderListsNothing() {
        assertThat(storeAt(NOON).list()).isEmpty();
    }

    @Test
    void aRecordWithoutItsDraftIsNotListedAndADamagedDraftIsOurTypedError() throws IOException {
        RecoveryStore store = storeAt(NOON);
        store.save("s1", SamplePostings.full(), null);
        store.save("s2", SamplePostings.full(), null);
        Files.delete(dir.resolve("recovery/s1.json"));
        Files.writeString(dir.resolve("recovery/s2.json"), "{\"format\": \"postwright-dra");

        RecoveryStore.Entry damaged = store.list().get(0);
        assertThat(store.list()).extracting(RecoveryStore.Entry::id).containsExactly("s2");
        assertThatThrownBy(() -> store.load(damaged)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("s2.json");
    }

    @Test
    void aHandDamagedTimeFallsBackToTheDraftFilesTime() throws IOException {
        RecoveryStore store = storeAt(NOON);
        store.save("s1", SamplePostings.full(), null);
        Files.writeString(dir.resolve("recovery/s1.properties"), "savedAt=yesterday\ntitle=T\n");

        RecoveryStore.Entry entry = store.list().get(0);
        assertThat(entry.savedAt()).isEqualTo(Files.getLastModifiedTime(dir.resolve("recovery/s1.json")).toInstant());
        assertThat(entry.title()).isEqualTo("T");
    }

    @Test
    void aRecoveryFolderThatCannotBeCreatedIsReported() throws IOException {
        Files.writeString(dir.resolve("recovery"), "a file in the way");

        assertThatThrownBy(() -> storeAt(NOON).save("s1", Posting.EMPTY, null))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("Cannot create the recovery folder " + dir.resolve("recovery"));
    }
}
