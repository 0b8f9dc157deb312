package app.postwright.draft;

import app.postwright.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every kind of malformed draft gets one line naming the file, the line and column, and what was expected. */
class DraftCodecErrorsTest {
    private static final String HEAD = "{\"format\": \"postwright-draft\", \"version\": 1,\n";
    private final DraftCodec codec = new DraftCodec();

    static Stream<Arguments> badDrafts() {
        String valid = new DraftCodec().toJson(SamplePostings.full());
        return Stream.of(
                arguments("empty", "",
                        "job.json: the file is empty; expected a Postwright draft (a JSON object with "
                                + "\"format\": \"postwright-draft\")"),
                arguments("only white space", " \n\t\n", "job.json: the file is empty;"),
                arguments("truncated", valid.substring(0, valid.length() / 2),
                        "job.json, line 37, column 7: the JSON ends too early (is the file truncated?)"),
                arguments("not JSON", "Backend Developer\nJob Brief",
                        "job.json, line 1, column 8: not valid JSON: Unrecognized token 'Backend'"),
                arguments("control characters", "\u0000\u0001\u0002binary",
                        "job.json, line 1, column 2: not a text file in UTF-8 (is it binary?)"),
                arguments("top level is a list", "[1, 2]",
                        "job.json, line 1, column 1: expected a Postwright draft (a JSON object with "
                                + "\"format\": \"postwright-draft\")"),
                arguments("content after the object", HEAD + "\"details\": {}} {}",
                        "job.json, line 2, column 16: unexpected content after the end of the draft's JSON object"),
                arguments("missing format", "{\"version\": 1}",
                        "job.json, line 1, column 1: missing \"format\": \"postwright-draft\""),
                arguments("wrong format", "{\"format\": \"recipe\", \"version\": 1}",
                        "job.json, line 1, column 12: wrong format \"recipe\": expected \"postwright-draft\"; "
                                + "this is not a Postwright draft"),
                arguments("format not a string", "{\"format\": 7, \"version\": 1}",
                        "job.json, line 1, column 12: expected a string for format"),
                arguments("missing version", "{\"format\": \"postwright-draft\"}",
                        "job.json, line 1, column 1: missing \"version\" (a whole number; this Postwright reads "
                                + "version 1)"),
                arguments("version as string", "{\"format\": \"postwright-draft\", \"version\": \"1\"}",
                        "job.json, line 1, column 43: expected a whole number for version"),
                arguments("version zero", "{\"format\": \"postwright-draft\", \"version\": 0}",
                        "job.json, line 1, column 43: unknown format version 0; this Postwright reads version 1"),
                arguments("string for a string field", HEAD + "\"details\": {\"title\": 42}}",
                        "job.json, line 2, column 22: expected a string for details.title"),
                arguments("object for a string", HEAD + "\"details\": {\"title\": {\"en\": \"x\"}}}",
                        "job.json, line 2, column 22: expected a string for details.title"),
                arguments("string for a number", HEAD + "\"details\": {\"salary\": {\"minimum\": \"90k\"}}}",
                        "job.json, line 2, column 35: expected a number for details.salary.minimum"),
                arguments("string for a boolean", HEAD + "\"sections\": [{\"kind\": \"text\", \"visible\": \"yes\"}]}",
                        "job.json, line 2, column 42: expected true or false for sections[0].visible"),
                arguments("string for a list", HEAD + "\"sections\": [{\"kind\": \"bullets\", \"items\": \"a\"}]}",
                        "job.json, line 2, column 43: expected a list [...] for sections[0].items"),
                arguments("list for an object", HEAD + "\"details\": []}",
                        "job.json, line 2, column 12: expected an object {...} for details"),
                arguments("null in a list", HEAD + "\"sections\": [{\"kind\": \"bullets\", \"items\": [\"a\", null]}]}",
                        "job.json, line 2, column 49: null is not allowed for sections[0].items[1]"),
                arguments("unknown enum value", HEAD + "\"details\": {\"employmentType\": \"full_time\"}}",
                        "job.json, line 2, column 31: unknown value \"full_time\" for details.employmentType; allowed: "
                                + "full-time, part-time, contract, temporary, internship, volunteer, per-diem, other"),
                arguments("unknown pay period", HEAD + "\"details\": {\"salary\": {\"period\": \"fortnight\"}}}",
                        "job.json, line 2, column 34: unknown value \"fortnight\" for details.salary.period; allowed: "
                                + "hour, day, week, month, year"),
                arguments("bad date", HEAD + "\"details\": {\"datePosted\": \"31/01/2025\"}}",
                        "job.json, line 2, column 27: expected a date written like 2025-01-31 for details.datePosted"),
                arguments("unknown section kind", HEAD + "\"sections\": [{\"kind\": \"video\"}]}",
                        "job.json, line 2, column 23: unknown section kind \"video\" for sections[0]; expected one of "
                                + "text, bullets, fields, faq"),
                arguments("missing section kind", HEAD + "\"sections\": [{\"heading\": \"Perks\"}]}",
                        "job.json, line 2, column 33: missing \"kind\" for sections[0]; expected one of "
                                + "text, bullets, fields, faq"),
                arguments("unknown key in a closed object", HEAD + "\"details\": {\"company\": {\"nmae\": \"Acme\"}}}",
                        "job.json, line 2, column 40: unknown key \"nmae\" in details.company (known keys: logoPath, "
                                + "name, website)"),
                arguments("duplicate key", HEAD + "\"details\": {\"title\": \"A\", \"title\": \"B\"}}",
                        "job.json, line 2, column 34: duplicate key \"title\"; each key may appear only once"),
                arguments("huge exponent", HEAD + "\"details\": {\"salary\": {\"minimum\": 1e999999999}}}",
                        "job.json, line 2, column 35: the number 1e999999999 is out of range; Postwright reads "
                                + "numbers with exponents up to 1000"),
                arguments("huge exponent in an unknown key", HEAD + "\"future\": [{\"x\": 1e-99999}]}",
                        "job.json, line 2, column 18: the number 1e-99999 is out of range"),
                arguments("number with too many digits", HEAD + "\"future\": " + "9".repeat(1001) + "}",
                        "job.json, line 2, column 11: a number has more than 1000 digits"),
                arguments("nested too deep", HEAD + "\"x\": " + "[".repeat(100_000),
                        "job.json, line 2, column 105: nested more than 100 levels deep"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDrafts")
    void badDraftsGetOneClearLine(String name, String json, String expectedStart) {
        assertThatThrownBy(() -> codec.parse(json, "job.json"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(expectedStart)
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining("com.fasterxml")
                .hasMessageNotContaining("java.lang");
    }

    @Test
    void newerVersionIsATypedErrorThatSaysSo() {
        // Version 2 may change anything; the details being a list must not hide that the file is newer.
        String json = "{\"format\": \"postwright-draft\",\n  \"version\": 2, \"details\": [\"changed\"]}";

        assertThatThrownBy(() -> codec.parse(json, "job.json"))
                .isInstanceOf(NewerDraftVersionException.class)
                .hasMessage("job.json, line 2, column 14: made by a newer Postwright: format version 2, "
                        + "this version reads 1")
                .satisfies(e -> assertThat(((NewerDraftVersionException) e).foundVersion()).isEqualTo(2));
    }

    @Test
    void tooLargeTextIsRefusedWithTheLimit() {
        String huge = HEAD + "\"x\": \"" + "a".repeat(DraftFormat.MAX_BYTES) + "\"}";

        assertThatThrownBy(() -> codec.parse(huge, "job.json"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("job.json: too large for a draft; Postwright reads drafts up to 16 MB");
    }
}
