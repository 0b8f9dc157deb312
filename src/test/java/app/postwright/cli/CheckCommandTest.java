package app.postwright.cli;

import app.postwright.check.TestPostings;
import app.postwright.draft.DraftCodec;
import app.postwright.model.BulletSection;
import app.postwright.model.Posting;
import app.postwright.model.SalaryRange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTest {
    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("user-templates"));
    }

    private Path draft(String name, Posting posting) {
        Path file = dir.resolve(name);
        new DraftCodec().save(posting, file);
        return file;
    }

    private static Posting withPlaceholder() {
        return TestPostings.complete().withSectionAdded(0,
                new BulletSection("Where", List.of("Office in [City, State]")));
    }

    private static Posting withoutSalary() {
        return TestPostings.complete().withDetails(TestPostings.complete().details().withSalary(SalaryRange.EMPTY));
    }

    @Test
    void errorsFailTheRunAndAreListedCompilerStyle() {
        Path file = draft("job.json", withPlaceholder());
        CliRunner.Result result = cli.run("check", file.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.out()).contains(file + ":sections[0].bullets[0]:10-23: error: Unfilled template "
                + "placeholder “[City, State]”. [completeness.placeholder]", "fix: Replace it");
        assertThat(result.out().strip()).endsWith(file + ": 1 error, 0 warnings, 1 tip");
    }

    @Test
    void warningsFailOnlyWithFailOnWarning() {
        Path file = draft("job.json", withoutSalary());
        assertThat(cli.run("check", file.toString()).exitCode()).isZero();
        CliRunner.Result strict = cli.run("check", "--fail-on", "warning", file.toString());
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).contains("warning: No salary range", "[pay.salary-missing]");
    }

    @Test
    void aCleanDraftPassesEvenWithFailOnWarning() {
        Path file = draft("job.json", TestPostings.complete());
        CliRunner.Result result = cli.run("check", "--fail-on", "warning", file.toString());
        assertThat(result.exitCode()).as(result.out()).isZero();
        assertThat(result.out()).contains("0 errors, 0 warnings");
    }

    @Test
    void jsonListsFindingsPerFile() throws Exception {
        Path bad = draft("bad.json", withPlaceholder());
        Path good = draft("good.json", TestPostings.complete());
        CliRunner.Result result = cli.run("check", "--format", "json", bad.toString(), good.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode files = new ObjectMapper().readTree(result.out()).get("files");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).get("file").asText()).isEqualTo(bad.toString());
        JsonNode first = files.get(0).get("findings").get(0);
        assertThat(first.get("rule").asText()).isEqualTo("completeness.placeholder");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("location").get("path").asText()).isEqualTo("sections[0].bullets[0]");
        assertThat(first.get("location").get("start").asInt()).isEqualTo(10);
        assertThat(first.get("location").get("end").asInt()).isEqualTo(23);
        assertThat(first.get("message").asText()).contains("[City, State]");
        assertThat(first.get("id").asText())
                .isEqualTo("completeness.placeholder@sections[0].bullets[0]:[city, state]");
        assertThat(files.get(1).get("findings")).allMatch(f -> f.get("severity").asText().equals("tip"));
    }

    @Test
    void dismissedFindingsAndTheAllowListAreHonoured() {
        Posting rockstar = TestPostings.complete().withSection(1,
                new BulletSection("Responsibilities", List.of("Be our rockstar")));
        Path file = draft("rock.json", rockstar);
        assertThat(cli.run("check", file.toString()).out()).contains("rockstar");
        assertThat(cli.run("check", "--allow", "rockstar,ninja", file.toString()).out()).doesNotContain("“rockstar”");
        Path dismissed = draft("dismissed.json", rockstar.withDismissedFindings(
                List.of("exclusionary.hype-title@sections[1].bullets[0]:rockstar")));
        assertThat(cli.run("check", dismissed.toString()).out()).doesNotContain("“rockstar”");
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        Path good = draft("good.json", TestPostings.complete());
        for (CliRunner.Result result : List.of(
                cli.run("check", dir.resolve("missing.json").toString()),
                cli.run("check", "--format", "xml", good.toString()),
                cli.run("check", "--fail-on", "tip", good.toString()),
                cli.run("check"))) {
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err().strip()).doesNotContain("\n").doesNotContain("Exception");
        }
        CliRunner.Result mixed = cli.run("check", good.toString(), dir.resolve("missing.json").toString());
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(mixed.out()).isEmpty();
        assertThat(mixed.err()).contains("missing.json");
    }

    @Test
    void helpExitsZero() {
        CliRunner.Result result = cli.run("check", "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: postwright check", "--fail-on", "--format");
    }

    @Test
    void exportsJsonLdAlone() throws Exception {
        Path file = draft("job.json", TestPostings.complete());
        CliRunner.Result result = cli.run("export", file.toString(), "--format", "jsonld");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode job = new ObjectMapper().readTree(Files.readString(dir.resolve("job.jsonld")));
        assertThat(job.get("@type").asText()).isEqualTo("JobPosting");
        assertThat(job.get("title").asText()).isEqualTo("Backend Developer");
    }
}
