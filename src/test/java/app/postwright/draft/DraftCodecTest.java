package app.postwright.draft;

import app.postwright.BadInputException;
import app.postwright.model.BulletSection;
import app.postwright.model.Posting;
import app.postwright.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftCodecTest {
    private final DraftCodec codec = new DraftCodec();

    @TempDir
    Path dir;

    @Test
    void roundTripGivesAnEqualPosting() {
        Posting posting = SamplePostings.full();
        assertThat(codec.parse(codec.toJson(posting), "x.json")).isEqualTo(posting);
    }

    @Test
    void outputIsByteStable() {
        String once = codec.toJson(SamplePostings.withUnknownFields());
        String twice = codec.toJson(codec.parse(once, "x.json"));
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void writesTheDocumentedShape() {
        String json = codec.toJson(SamplePostings.full());
        assertThat(json).startsWith("{\n  \"format\": \"postwright-draft\",\n  \"version\": 1,\n  \"details\": {\n"
                + "    \"title\": \"Backend Developer\",\n");
        assertThat(json).endsWith("}\n").doesNotContain("\r").doesNotContain("\" :");
        assertThat(keyPositions(json, "\"details\"", "\"sections\"", "\"dismissedFindings\"")).isSorted();
        assertThat(keyPositions(json, "\"kind\": \"text\"", "\"heading\": \"Job Brief\"", "\"visible\": true",
                "\"text\": \"We build")).isSorted();
        assertThat(json)
                .contains("\"minimum\": 90000,", "\"maximum\": 120000,")
                .contains("\"currency\": \"EUR\"", "\"period\": \"year\"")
                .contains("\"employmentType\": \"per-diem\"", "\"workplaceType\": \"hybrid\"")
                .contains("\"datePosted\": \"2025-01-31\"", "\"closingDate\": \"2025-03-01\"")
                .contains("ünïcödé ✓")
                .doesNotContain("E+");
    }

    @Test
    void writesUnsetValuesAsNullAndEmptyListsCompactly() {
        String json = codec.toJson(Posting.EMPTY);
        assertThat(json).contains("\"workplaceType\": null", "\"datePosted\": null", "\"minimum\": null",
                "\"sections\": []", "\"remoteRegions\": []");
        assertThat(codec.parse(json, "x.json")).isEqualTo(Posting.EMPTY);
    }

    @Test
    void keepsUnknownFieldsAtEveryLevelAfterTheKnownOnes() {
        Posting posting = SamplePostings.withUnknownFields();
        String json = codec.toJson(posting);
        Posting back = codec.parse(json, "x.json");

        assertThat(back).isEqualTo(posting);
        assertThat(back.extra()).containsEntry("futureTop", Map.of("nested", List.of(1, "two", true)));
        assertThat(back.details().extra()).containsEntry("futureDetail", new BigDecimal("1.50"));
        for (Section section : back.sections()) {
            assertThat(section.extra()).containsKey("futureSection");
        }
        assertThat(json.indexOf("\"futureTop\"")).isGreaterThan(json.indexOf("\"dismissedFindings\""));
        assertThat(json.indexOf("\"futureDetail\"")).isGreaterThan(json.indexOf("\"language\""));
        assertThat(json).contains("\"futureDetail\": 1.50");
    }

    @Test
    void keepsUnknownFieldsWrittenByHandInTheirOrder() {
        String json = """
                {"format": "postwright-draft", "version": 1, "zeta": null, "alpha": [1.0, 12345678901234567890],
                 "details": {"title": "T", "x-note": {"b": 1, "a": 2}},
                 "sections": [{"kind": "faq", "heading": "FAQs", "entries": [], "layout": "accordion"}]}""";
        Posting posting = codec.parse(json, "x.json");

        assertThat(posting.extra().keySet()).containsExactly("zeta", "alpha");
        assertThat(posting.extra().get("alpha"))
                .isEqualTo(List.of(new BigDecimal("1.0"), new BigInteger("12345678901234567890")));
        assertThat(posting.details().extra()).containsEntry("x-note", Map.of("b", 1, "a", 2));
        assertThat(posting.sections().get(0).extra()).containsEntry("layout", "accordion");
        String written = codec.toJson(posting);
        assertThat(written).contains("\"zeta\": null", "1.0", "12345678901234567890", "\"layout\": \"accordion\"");
        assertThat(written.indexOf("\"b\"")).isLessThan(written.indexOf("\"a\""));
    }

    @Test
    void missingOptionalKeysReadAsDefaults() {
        Posting posting = codec.parse("""
                {"format": "postwright-draft", "version": 1,
                 "sections": [{"kind": "bullets", "heading": "Skills"}]}""", "x.json");

        assertThat(posting.details()).isEqualTo(app.postwright.model.PostingDetails.EMPTY);
        assertThat(posting.sections()).containsExactly(new BulletSection("Skills", List.of()));
    }

    @Test
    void tenThousandBulletsRoundTrip() {
        List<String> items = IntStream.range(0, 10_000).mapToObj(i -> "Bullet number " + i).toList();
        Posting posting = Posting.EMPTY.withSections(List.of(new BulletSection("Many", items)));
        Path file = dir.resolve("big.json");

        codec.save(posting, file);

        assertThat(codec.read(file)).isEqualTo(posting);
    }

    @Test
    void saveKeepsThePreviousVersionAsBak() throws Exception {
        Path file = dir.resolve("job.json");
        Posting first = SamplePostings.full();
        Posting second = first.withDetails(first.details().withTitle("Second title"));

        codec.save(first, file);
        assertThat(dir.resolve("job.json.bak")).doesNotExist();
        codec.save(second, file);

        assertThat(DraftCodec.backupOf(file)).isEqualTo(dir.resolve("job.json.bak"));
        assertThat(codec.read(dir.resolve("job.json.bak"))).isEqualTo(first);
        assertThat(codec.read(file)).isEqualTo(second);
        assertThat(Files.readString(file)).isEqualTo(codec.toJson(second));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("job.json",
                    "job.json.bak");
        }
    }

    @Test
    void failedSaveLeavesTheOldFileAndBackupAlone() throws Exception {
        // A folder where the new file's temporary sibling would go cannot be created: use a target whose parent
        // is missing, which fails for root too (unlike a read-only folder).
        Path file = dir.resolve("gone").resolve("job.json");

        assertThatThrownBy(() -> codec.save(SamplePostings.full(), file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("job.json").hasMessageContaining("does not exist");

        Path existing = dir.resolve("job.json");
        Files.createDirectory(dir.resolve("job.json.bak"));
        codec.save(Posting.EMPTY, existing);
        byte[] before = Files.readAllBytes(existing);
        assertThatThrownBy(() -> codec.save(SamplePostings.full(), existing))
                .isInstanceOf(BadInputException.class).hasMessageContaining("job.json.bak");
        assertThat(Files.readAllBytes(existing)).isEqualTo(before);
    }

    @Test
    void readNamesTheFileForFileProblems() throws Exception {
        assertThatThrownBy(() -> codec.read(dir.resolve("missing.json")))
                .isInstanceOf(BadInputException.class)
                .hasMessage(dir.resolve("missing.json") + ": no such file");
        assertThatThrownBy(() -> codec.read(dir))
                .isInstanceOf(BadInputException.class).hasMessageContaining("is a folder");

        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        assertThatThrownBy(() -> codec.read(empty)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("empty.json").hasMessageContaining("empty");
    }

    @Test
    void refusesHugeFilesBeforeReadingThem() throws Exception {
        Path huge = dir.resolve("huge.json");
        try (var channel = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap("{".getBytes(StandardCharsets.UTF_8)), 50L * 1024 * 1024);
        }

        assertThatThrownBy(() -> codec.read(huge)).isInstanceOf(BadInputException.class)
                .hasMessage(huge + ": too large for a draft; Postwright reads drafts up to 16 MB");
    }

    @Test
    void binaryGarbageIsReportedAsNotText() throws Exception {
        byte[] garbage = new byte[4096];
        new java.util.Random(42).nextBytes(garbage);
        garbage[0] = (byte) 0x89;
        Path file = Files.write(dir.resolve("photo.json"), garbage);

        assertThatThrownBy(() -> codec.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ", line 1, column ");
    }

    @Test
    void invalidUtf8IsReportedWhereItStarts() throws Exception {
        byte[] latin1 = "{\"format\": \"postwright-draft\", \"version\": 1,\n\"details\": {\"title\": \"Caf\u00e9\"}}"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.json"), latin1);

        assertThatThrownBy(() -> codec.read(file)).isInstanceOf(BadInputException.class)
                .hasMessage(file + ", line 2, column 26: not a text file in UTF-8 (is it binary?): expected a "
                        + "Postwright draft (JSON)");
    }

    @Test
    void utf16IsNotTakenForADraft() throws Exception {
        byte[] utf16 = codec.toJson(Posting.EMPTY).getBytes(StandardCharsets.UTF_16LE);
        Path file = Files.write(dir.resolve("utf16.json"), utf16);

        assertThatThrownBy(() -> codec.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ", line 1, column ");
    }

    @Test
    void aLeadingByteOrderMarkIsAccepted() throws Exception {
        Path file = Files.writeString(dir.resolve("bom.json"), "\uFEFF" + codec.toJson(SamplePostings.full()));

        assertThat(codec.read(file)).isEqualTo(SamplePostings.full());
    }

    private static List<Integer> keyPositions(String json, String... keys) {
        List<Integer> positions = new ArrayList<>();
        for (String key : keys) {
            int at = json.indexOf(key);
            assertThat(at).as(key).isNotNegative();
            positions.add(at);
        }
        return positions;
    }
}
