package app.postwright.ui.editor;

import app.postwright.model.PostingDetails;
import app.postwright.model.SalaryRange;
import app.postwright.ui.TestPostings;
import app.postwright.ui.document.DocumentModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

class DetailsViewModelTest {
    private final DocumentModel document = new DocumentModel();
    private final DetailsViewModel details = new DetailsViewModel(document);

    @BeforeEach
    void load() {
        document.load(TestPostings.backendDeveloper(), null);
    }

    @Test
    void invalidAmountLeavesThePostingAlone() {
        details.typeAmount("min", (d, v) -> d.withSalary(d.salary().withMinimum(v)), "", "9x");

        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void validAmountIsStoredAndBlankClearsIt() {
        details.typeAmount("min", (d, v) -> d.withSalary(d.salary().withMinimum(v)), "", "90,000");
        assertThat(details.details().salary().minimum()).isEqualByComparingTo("90000");

        details.typeAmount("min", (d, v) -> d.withSalary(d.salary().withMinimum(v)), "90,000", "");
        assertThat(details.details().salary()).isEqualTo(SalaryRange.EMPTY);
    }

    @Test
    void typedTextAndChoices() {
        details.type("title", PostingDetails::title, PostingDetails::withTitle, "Staff Engineer");
        details.choose(PostingDetails::withEmploymentType, null);

        assertThat(details.details().title()).isEqualTo("Staff Engineer");
        assertThat(details.details().employmentType()).isNull();
        document.undo();
        assertThat(details.details().employmentType()).isNotNull();
        assertThat(details.details().salary().minimum()).isNull();
    }
}
