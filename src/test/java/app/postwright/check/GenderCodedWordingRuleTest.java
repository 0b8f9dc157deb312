package app.postwright.check;

import app.postwright.model.Posting;
import app.postwright.render.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.postwright.check.TestPostings.matched;
import static app.postwright.check.TestPostings.run;
import static app.postwright.check.TestPostings.withBullets;
import static app.postwright.check.TestPostings.withText;
import static org.assertj.core.api.Assertions.assertThat;

class GenderCodedWordingRuleTest {
    private final GenderCodedWordingRule rule = new GenderCodedWordingRule();

    private List<String> flagged(Posting posting) {
        return matched(run(rule, posting).stream().filter(f -> f.ruleId().equals(GenderCodedWordingRule.WORD))
                .toList());
    }

    @Test
    void flagsMasculineCodedStemsAndWholeWords() {
        assertThat(flagged(withBullets("Competitive and self-confident", "Leadership of a team",
                "Strong analytical skills", "An objective view"))).containsExactly(
                "Competitive", "self-confident", "Leadership", "analytical", "objective");
    }

    @Test
    void wholeWordEntriesDoNotMatchLongerWords() {
        // "objective" is a whole word in the paper's list, not a stem: "objectives" is a plain noun.
        assertThat(flagged(withBullets("Set quarterly objectives"))).isEmpty();
    }

    @Test
    void stemsOnlyMatchAtTheStartOfAWord() {
        // "SharePoint" is one word and never "share"; "workforce" does not start with "force".
        assertThat(flagged(withBullets("Administer SharePoint and Salesforce for our workforce"))).isEmpty();
    }

    @Test
    void exceptionsAreNotCoded() {
        // Decision (docs/checks.md): "analytical" is a trait and stays coded; "analyst"/"analytics" name the work.
        assertThat(flagged(withBullets("Work with the analyst team on analytics and analysis",
                "Update dependencies", "Health cover for dependants", "Childcare vouchers"))).isEmpty();
        assertThat(run(rule, withBullets("Responsibilities include support and understanding"))).extracting(
                Finding::message).anyMatch(m -> m.contains("(support, understanding)"));
    }

    @Test
    void namesInTheDetailsAreNotWording() {
        // "Development Team Leader" describes the manager, not the person wanted; the title is still read.
        Posting posting = new Posting(app.postwright.model.PostingDetails.EMPTY.withTitle("Team Lead")
                .withReportsTo("Development Team Leader").withDepartment("Leadership Office"), List.of());
        assertThat(run(rule, posting)).extracting(f -> f.location().path()).containsOnly("details.title", "posting");
        assertThat(flagged(withBullets("Make product decisions", "Strong decision-making"))).containsExactly(
                "decision-making");
    }

    @Test
    void pointsAtTheWordInTheRawMarkdown() {
        Finding finding = run(rule, withBullets("You are **competitive**")).get(0);
        assertThat(finding.location()).isEqualTo(
                new FindingLocation.InSection(0, SectionPart.BULLET, 0, new Span(10, 21)));
        assertThat(finding.severity()).isEqualTo(Severity.TIP);
        assertThat(finding.message()).contains("Gaucher");
    }

    @Test
    void reportsTheBalance() {
        Finding balance = run(rule, withBullets("Competitive and ambitious")).stream()
                .filter(f -> f.ruleId().equals(GenderCodedWordingRule.BALANCE)).findFirst().orElseThrow();
        assertThat(balance.message()).contains("strongly masculine-coded", "2 masculine-coded");
        assertThat(balance.location()).isEqualTo(FindingLocation.posting());

        assertThat(GenderBalance.of(0, 0)).isEqualTo(GenderBalance.NEUTRAL);
        assertThat(GenderBalance.of(2, 2)).isEqualTo(GenderBalance.NEUTRAL);
        assertThat(GenderBalance.of(3, 1)).isEqualTo(GenderBalance.MASCULINE);
        assertThat(GenderBalance.of(1, 3)).isEqualTo(GenderBalance.FEMININE);
        assertThat(GenderBalance.of(0, 2)).isEqualTo(GenderBalance.STRONGLY_FEMININE);
        assertThat(run(rule, withBullets("Competitive pay", "A supportive team"))).extracting(Finding::ruleId)
                .doesNotContain(GenderCodedWordingRule.BALANCE);
    }

    @Test
    void feminineWordsCountOnlyTowardTheBalance() {
        List<Finding> findings = run(rule, withBullets("A warm, supportive and loyal team"));
        assertThat(findings).extracting(Finding::ruleId).containsExactly(GenderCodedWordingRule.BALANCE);
        assertThat(findings.get(0).message()).contains("strongly feminine-coded");
    }

    @Test
    void allowListedWordsAreNeitherFlaggedNorCounted() {
        List<Finding> findings = run(rule, withBullets("Competitive pay"), List.of("COMPETITIVE"));
        assertThat(findings).isEmpty();
    }

    @Test
    void welcomingSentencesAreSkipped() {
        assertThat(flagged(withText("We encourage individuals from every background, including people who are "
                + "not confident they meet every requirement, to apply."))).isEmpty();
    }
}
