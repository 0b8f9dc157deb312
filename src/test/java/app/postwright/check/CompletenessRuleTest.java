package app.postwright.check;

import app.postwright.model.BulletSection;
import app.postwright.model.HowToApply;
import app.postwright.model.Location;
import app.postwright.model.Posting;
import app.postwright.model.WorkplaceType;
import app.postwright.render.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static app.postwright.check.TestPostings.complete;
import static app.postwright.check.TestPostings.run;
import static app.postwright.check.TestPostings.ruleIds;
import static app.postwright.check.TestPostings.withField;
import static app.postwright.check.TestPostings.withText;
import static org.assertj.core.api.Assertions.assertThat;

class CompletenessRuleTest {
    private final CompletenessRule rule = new CompletenessRule();

    @Test
    void aCompletePostingPasses() {
        assertThat(run(rule, complete())).isEmpty();
    }

    @Test
    void reportsEveryMissingFact() {
        List<Finding> findings = run(rule, Posting.EMPTY);
        assertThat(ruleIds(findings)).containsExactly("completeness.title", "completeness.company",
                "completeness.location", "completeness.employment-type", "completeness.responsibilities",
                "completeness.qualifications", "completeness.how-to-apply");
        assertThat(findings).allMatch(f -> f.severity() == Severity.WARNING);
        assertThat(findings.get(0).location()).isEqualTo(FindingLocation.details(DetailsField.TITLE));
    }

    @Test
    void remoteNeedsNoLocation() {
        Posting remote = complete().withDetails(complete().details().withLocation(Location.EMPTY)
                .withWorkplaceType(WorkplaceType.REMOTE));
        assertThat(run(rule, remote)).isEmpty();
    }

    @Test
    void applicationInstructionsInAFieldCount() {
        Posting posting = complete().withDetails(complete().details().withHowToApply(HowToApply.EMPTY));
        assertThat(ruleIds(run(rule, posting))).containsExactly("completeness.how-to-apply");
        Posting withField = posting.withSectionAdded(0, withField("Application Instructions",
                "Email jobs@acme.example").sections().get(0));
        assertThat(run(rule, withField)).isEmpty();
    }

    @Test
    void hiddenSectionsDoNotCount() {
        Posting posting = complete().withSection(1,
                new BulletSection("Responsibilities", false, List.of("Write code"), java.util.Map.of()));
        assertThat(ruleIds(run(rule, posting))).containsExactly("completeness.responsibilities");
    }

    @Test
    void unfilledPlaceholdersAreErrorsPointingAtTheBrackets() {
        String value = "[City, State] (specify the location or indicate if remote)";
        List<Finding> findings = run(rule, withField("Location", value)).stream()
                .filter(f -> f.ruleId().equals(CompletenessRule.PLACEHOLDER)).toList();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.matchedText()).isEqualTo("[City, State]");
            assertThat(f.location()).isEqualTo(
                    new FindingLocation.InSection(0, SectionPart.FIELD_VALUE, 0, new Span(0, 13)));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Send it to [email address or application portal].", "Join {{company}} today",
            "Salary: <<salary range>>", "**[Company Name]** is hiring"})
    void findsPlaceholderShapes(String text) {
        assertThat(ruleIds(run(rule, withText(text)))).contains(CompletenessRule.PLACEHOLDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Apply on [our careers page](https://acme.example/jobs)", "See [the docs][docs]",
            "- [ ] done", "[x] checked", "Arrays like a[i] are fine? No: brackets need two characters"})
    void linksAndCheckboxesAreNotPlaceholders(String text) {
        assertThat(ruleIds(run(rule, withText(text)))).doesNotContain(CompletenessRule.PLACEHOLDER);
    }

    @Test
    void placeholdersInDetailsPointAtTheField() {
        Posting posting = complete().withDetails(complete().details()
                .withHowToApply(new HowToApply("", "[email address]", "")));
        assertThat(run(rule, posting)).singleElement().satisfies(f -> assertThat(f.location())
                .isEqualTo(new FindingLocation.Details(DetailsField.HOW_TO_APPLY_EMAIL, new Span(0, 15))));
    }
}
