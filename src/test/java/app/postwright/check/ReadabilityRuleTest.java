package app.postwright.check;

import app.postwright.model.BulletSection;
import app.postwright.model.Posting;
import app.postwright.model.TextSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static app.postwright.check.TestPostings.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReadabilityRuleTest {
    private static final String DENSE = "The successful incumbent will architect, operationalise and continuously "
            + "rationalise heterogeneous distributed infrastructure, collaborating interdepartmentally with "
            + "organisational stakeholders to institutionalise comprehensive observability methodologies and "
            + "sophisticated automation capabilities across multiple geographically distributed environments.";
    private static final String PLAIN = "You will write code. You will fix bugs. You will help the team. "
            + "We ship each week. You get time to learn. We pay well. The work is fun. You can work from home "
            + "two days a week. Lunch is free.";

    private final ReadabilityRule rule = new ReadabilityRule();

    @ParameterizedTest
    @CsvSource({"cat, 1", "table, 2", "readability, 5", "developer, 4", "make, 1", "the, 1", "people, 2",
            "responsibilities, 6", "java, 2"})
    void countsSyllables(String word, int syllables) {
        assertThat(Readability.syllables(word)).isEqualTo(syllables);
    }

    @Test
    void computesFleschScoresFromCounts() {
        Readability score = new Readability(100, 5, 150);
        assertThat(score.readingEase()).isCloseTo(206.835 - 1.015 * 20 - 84.6 * 1.5, within(1e-9));
        assertThat(score.grade()).isCloseTo(0.39 * 20 + 11.8 * 1.5 - 15.59, within(1e-9));
        assertThat(Readability.of(List.of("The cat sat. The dog ran.")).sentences()).isEqualTo(2);
        assertThat(Readability.of(List.of("Write code", "Fix bugs")).sentences()).isEqualTo(2);
    }

    @Test
    void tipsAboveGradeTenForThePostingAndTheSection() {
        List<Finding> findings = run(rule, Posting.EMPTY.withSections(List.of(
                new TextSection("About", DENSE), new TextSection("Life here", PLAIN))));
        assertThat(findings).extracting(Finding::ruleId)
                .containsExactly(ReadabilityRule.POSTING, ReadabilityRule.SECTION);
        assertThat(findings.get(1).location()).isEqualTo(FindingLocation.section(0));
        assertThat(findings).allMatch(f -> f.severity() == Severity.TIP);
        assertThat(findings.get(0).message()).contains("Flesch Reading Ease");
    }

    @Test
    void plainTextPasses() {
        assertThat(run(rule, Posting.EMPTY.withSections(List.of(new TextSection("Life here", PLAIN))))).isEmpty();
    }

    @Test
    void shortSectionsAreNotScoredOnTheirOwn() {
        Posting posting = Posting.EMPTY.withSections(List.of(
                new BulletSection("Stack", List.of("Kubernetes orchestration infrastructure")),
                new TextSection("Life here", PLAIN + " " + PLAIN)));
        assertThat(run(rule, posting)).extracting(Finding::ruleId).doesNotContain(ReadabilityRule.SECTION);
    }
}
