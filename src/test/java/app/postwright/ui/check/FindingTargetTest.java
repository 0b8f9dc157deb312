package app.postwright.ui.check;

import app.postwright.check.DetailsField;
import app.postwright.check.FindingLocation;
import app.postwright.check.SectionPart;
import app.postwright.render.Span;
import app.postwright.ui.TestPostings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a finding leads in the editor, and how the panel names the place. */
class FindingTargetTest {

    @Test
    void aBulletLeadsToItsSectionAndTextFieldWithTheSpan() {
        FindingLocation location = new FindingLocation.InSection(1, SectionPart.BULLET, 3, new Span(5, 13));

        assertThat(FindingTarget.of(location)).contains(new FindingTarget(1, "bullet-3", new Span(5, 13)));
    }

    @Test
    void everySectionPartHasItsControl() {
        assertThat(control(SectionPart.HEADING, 0)).isEqualTo("section-heading");
        assertThat(control(SectionPart.PARAGRAPH, 2)).isEqualTo("section-text");
        assertThat(control(SectionPart.FIELD_KEY, 1)).isEqualTo("field-1-key");
        assertThat(control(SectionPart.FIELD_VALUE, 1)).isEqualTo("field-1-value");
        assertThat(control(SectionPart.FAQ_QUESTION, 0)).isEqualTo("faq-0-question");
        assertThat(control(SectionPart.FAQ_ANSWER, 0)).isEqualTo("faq-0-answer");
        assertThat(control(SectionPart.SECTION, 0)).as("the form's first field").isNull();
    }

    @Test
    void detailsFieldsLeadToTheDetailsForm() {
        assertThat(FindingTarget.of(new FindingLocation.Details(DetailsField.TITLE, new Span(0, 8))))
                .contains(new FindingTarget(-1, "details-title", new Span(0, 8)));
        assertThat(FindingTarget.of(FindingLocation.details(DetailsField.SALARY)).orElseThrow().controlId())
                .isEqualTo("details-salary-minimum");
        assertThat(FindingTarget.of(FindingLocation.details(DetailsField.HOW_TO_APPLY_EMAIL)).orElseThrow()
                .controlId()).isEqualTo("details-apply-email");
    }

    @Test
    void findingsAboutTheWholePostingLeadNowhere() {
        assertThat(FindingTarget.of(FindingLocation.posting())).isEmpty();
    }

    @Test
    void placesAreNamedInTheEditorsWords() {
        var posting = TestPostings.backendDeveloper();
        assertThat(FindingWhere.describe(FindingLocation.posting(), posting)).isEqualTo("Whole posting");
        assertThat(FindingWhere.describe(FindingLocation.details(DetailsField.CLOSING_DATE), posting))
                .isEqualTo("Details \u203a Closing date");
        assertThat(FindingWhere.describe(new FindingLocation.InSection(2, SectionPart.FIELD_VALUE, 0, Span.NONE),
                posting)).isEqualTo("Additional Information \u203a field 1 value");
        assertThat(FindingWhere.describe(FindingLocation.section(1), posting)).isEqualTo("Responsibilities");
        assertThat(FindingWhere.describe(FindingLocation.section(9), posting)).as("a section removed since")
                .isEqualTo("Section 10");
    }

    private static String control(SectionPart part, int item) {
        return FindingTarget.of(new FindingLocation.InSection(4, part, item, Span.NONE)).orElseThrow().controlId();
    }
}
