package app.postwright.ui.editor;

import app.postwright.model.Location;
import app.postwright.model.PostingDetails;
import app.postwright.model.SalaryRange;
import app.postwright.model.WorkplaceType;
import app.postwright.ui.TestPostings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class DetailsValidationTest {
    private final PostingDetails complete = TestPostings.backendDeveloper().details();

    @Test
    void completeDetailsHaveNoProblems() {
        assertThat(DetailsValidation.title(complete)).isEmpty();
        assertThat(DetailsValidation.company(complete)).isEmpty();
        assertThat(DetailsValidation.location(complete)).isEmpty();
        assertThat(DetailsValidation.employmentType(complete)).isEmpty();
        assertThat(DetailsValidation.salaryOrder(complete)).isEmpty();
    }

    @Test
    void requiredFactsAreReported() {
        assertThat(DetailsValidation.title(PostingDetails.EMPTY))
                .hasValueSatisfying(m -> assertThat(m).contains("title"));
        assertThat(DetailsValidation.company(PostingDetails.EMPTY)).isPresent();
        assertThat(DetailsValidation.location(PostingDetails.EMPTY)).hasValueSatisfying(m -> assertThat(m)
                .contains("Remote"));
        assertThat(DetailsValidation.employmentType(PostingDetails.EMPTY)).isPresent();
    }

    @Test
    void remoteNeedsNoLocation() {
        PostingDetails remote = complete.withLocation(Location.EMPTY).withWorkplaceType(WorkplaceType.REMOTE);

        assertThat(DetailsValidation.location(remote)).isEmpty();
    }

    @Test
    void minimumAboveMaximumIsReported() {
        PostingDetails inverted = complete.withSalary(new SalaryRange(new BigDecimal("120000"),
                new BigDecimal("90000"), "EUR", null));

        assertThat(DetailsValidation.salaryOrder(inverted)).hasValue("The minimum salary is higher than the maximum.");
    }

    @Test
    void amountsMayHaveSeparatorsButMustBeNumbers() {
        assertThat(DetailsValidation.parseAmount("90,000")).hasValue(new BigDecimal("90000"));
        assertThat(DetailsValidation.parseAmount("4500.50")).hasValue(new BigDecimal("4500.50"));
        assertThat(DetailsValidation.parseAmount("ninety")).isEmpty();
        assertThat(DetailsValidation.parseAmount("-5")).isEmpty();
        assertThat(DetailsValidation.amountText("")).isEmpty();
        assertThat(DetailsValidation.amountText("12k")).isPresent();
    }
}
