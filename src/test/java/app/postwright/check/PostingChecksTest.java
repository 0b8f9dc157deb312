package app.postwright.check;

import app.postwright.model.BulletSection;
import app.postwright.model.Posting;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PostingChecksTest {
    private final PostingChecks checks = new PostingChecks();

    @Test
    void aCompletePlainPostingHasNoErrorsOrWarnings() {
        List<Finding> findings = checks.run(TestPostings.complete(), List.of());
        assertThat(findings).allMatch(f -> f.severity() == Severity.TIP);
        // It is short, and says so.
        assertThat(findings).extracting(Finding::ruleId).contains(LengthRule.POSTING);
    }

    @Test
    void findingsAreOrderedBySeverity() {
        Posting posting = TestPostings.complete().withSectionAdded(0,
                new BulletSection("Location", List.of("[City, State]", "Rockstar wanted")));
        List<Finding> findings = checks.run(posting, List.of());
        assertThat(findings).extracting(Finding::severity).isSortedAccordingTo(Enum::compareTo);
        assertThat(findings.get(0).ruleId()).isEqualTo(CompletenessRule.PLACEHOLDER);
    }

    @Test
    void dismissedFindingsStayDismissedWhileTypingElsewhereInTheItem() {
        Posting posting = TestPostings.complete().withSection(1,
                new BulletSection("Responsibilities", List.of("Lead the rockstar team")));
        Finding rockstar = checks.run(posting, List.of()).stream()
                .filter(f -> f.matchedText().equals("rockstar")).findFirst().orElseThrow();
        assertThat(rockstar.id()).isEqualTo("exclusionary.hype-title@sections[1].bullets[0]:rockstar");

        Posting dismissed = posting.withDismissedFindings(List.of(rockstar.id()));
        assertThat(checks.run(dismissed, List.of())).extracting(Finding::matchedText).doesNotContain("rockstar");

        Posting edited = dismissed.withSection(1,
                new BulletSection("Responsibilities", List.of("Happily lead the rockstar team")));
        assertThat(checks.run(edited, List.of())).extracting(Finding::matchedText).doesNotContain("rockstar")
                .contains("lead");
    }

    @Test
    void theAllowListAppliesToEveryWordRule() {
        Posting posting = TestPostings.complete().withSection(1,
                new BulletSection("Responsibilities", List.of("Lead a team of ninjas")));
        assertThat(checks.run(posting, List.of("lead", "Ninjas"))).extracting(Finding::matchedText)
                .doesNotContain("Lead", "ninjas");
    }
}
