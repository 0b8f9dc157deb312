package app.postwright.draft;

import app.postwright.BadInputException;
import app.postwright.model.Posting;
import app.postwright.model.TextSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drafts from a newer format version: refused by {@link DraftCodec#read}, read best effort for viewing. */
class NewerDraftTest {
    /** A plausible version 2 draft: the known keys as in version 1, plus keys version 1 does not know. */
    static final String VERSION_2 = """
            {
              "format": "postwright-draft",
              "version": 2,
              "details": {
                "title": "Warehouse Associate",
                "shiftPattern": {"nights": true}
              },
              "sections": [
                {"kind": "text", "heading": "About the role", "visible": true, "text": "Pick and pack.",
                 "layout": "two-columns"}
              ],
              "dismissedFindings": [],
              "reviewers": ["ana@example.com"]
            }
            """;

    private final DraftCodec codec = new DraftCodec();

    @TempDir
    Path dir;

    @Test
    void aNewerDraftIsReadBestEffortWithItsVersionAndItsUnknownKeys() throws IOException {
        Path file = Files.writeString(dir.resolve("job.json"), VERSION_2);

        VersionedPosting read = codec.readAnyVersion(file);

        assertThat(read.isNewer()).isTrue();
        assertThat(read.formatVersion()).isEqualTo(2);
        Posting posting = read.posting();
        assertThat(posting.details().title()).isEqualTo("Warehouse Associate");
        assertThat(posting.details().extra()).containsEntry("shiftPattern", Map.of("nights", true));
        assertThat(posting.sections()).singleElement().isInstanceOfSatisfying(TextSection.class, section -> {
            assertThat(section.text()).isEqualTo("Pick and pack.");
            assertThat(section.extra()).containsEntry("layout", "two-columns");
        });
        assertThat(posting.extra()).containsEntry("reviewers", List.of("ana@example.com"));
        assertThat(file).hasContent(VERSION_2);
    }

    @Test
    void theStrictReadStillRefusesANewerDraft() throws IOException {
        Path file = Files.writeString(dir.resolve("job.json"), VERSION_2);

        assertThatThrownBy(() -> codec.read(file))
                .isInstanceOf(NewerDraftVersionException.class)
                .hasMessage(file + ", line 3, column 14: made by a newer Postwright: format version 2, "
                        + "this version reads 1");
    }

    @Test
    void aDraftOfThisVersionReadsAsCurrentAndEqualToTheStrictRead() {
        Path file = dir.resolve("job.json");
        codec.save(SamplePostings.withUnknownFields(), file);

        VersionedPosting read = codec.readAnyVersion(file);

        assertThat(read.isNewer()).isFalse();
        assertThat(read.formatVersion()).isEqualTo(1);
        assertThat(read.posting()).isEqualTo(codec.read(file)).isEqualTo(SamplePostings.withUnknownFields());
    }

    @Test
    void aFieldWhoseTypeChangedGivesTheLocatedErrorAndSaysTheDraftIsNewer() throws IOException {
        Path file = Files.writeString(dir.resolve("job.json"),
                "{\"format\": \"postwright-draft\", \"version\": 3,\n\"details\": {\"title\": [\"split\"]}}");

        assertThatThrownBy(() -> codec.readAnyVersion(file))
                .isInstanceOf(NewerDraftVersionException.class)
                .hasMessageStartingWith(file + ", line 2, column ")
                .hasMessageEndingWith(" (the draft was made by a newer Postwright, format version 3; "
                        + "this version reads 1)")
                .hasMessageContaining("title")
                .hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(((NewerDraftVersionException) e).foundVersion()).isEqualTo(3));
    }

    @Test
    void aNewSectionKindIsReportedWithTheNewerVersion() throws IOException {
        Path file = Files.writeString(dir.resolve("job.json"), "{\"format\": \"postwright-draft\", "
                + "\"version\": 2, \"sections\": [{\"kind\": \"video\", \"heading\": \"Meet us\"}]}");

        assertThatThrownBy(() -> codec.readAnyVersion(file))
                .isInstanceOf(NewerDraftVersionException.class)
                .hasMessageContaining("video")
                .hasMessageContaining("format version 2");
    }

    @Test
    void anAbsurdVersionIsStillATypedErrorThatSaysTheDraftIsNewer() throws IOException {
        Path file = Files.writeString(dir.resolve("job.json"),
                "{\"format\": \"postwright-draft\", \"version\": 99999999999999999999}");

        assertThatThrownBy(() -> codec.readAnyVersion(file))
                .isInstanceOf(NewerDraftVersionException.class)
                .hasMessageContaining("format version 99999999999999999999");
    }

    @Test
    void otherBadInputInANewerDraftIsReportedAsBefore() throws IOException {
        Path truncated = Files.writeString(dir.resolve("job.json"),
                "{\"format\": \"postwright-draft\", \"version\": 2, \"details\": {");
        Path notPositive = Files.writeString(dir.resolve("zero.json"),
                "{\"format\": \"postwright-draft\", \"version\": 0}");

        assertThatThrownBy(() -> codec.readAnyVersion(truncated))
                .isExactlyInstanceOf(BadInputException.class)
                .hasMessageContaining(DraftErrors.TRUNCATED);
        assertThatThrownBy(() -> codec.readAnyVersion(notPositive))
                .isExactlyInstanceOf(BadInputException.class)
                .hasMessageContaining("unknown format version 0");
    }
}
