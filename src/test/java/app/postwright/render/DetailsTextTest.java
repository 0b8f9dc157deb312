package app.postwright.render;

import app.postwright.model.EmploymentType;
import app.postwright.model.PayPeriod;
import app.postwright.model.SalaryRange;
import app.postwright.model.WorkplaceType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DetailsTextTest {

    private static SalaryRange range(String min, String max, String currency, PayPeriod period) {
        return new SalaryRange(min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max),
                currency, period);
    }

    @Test
    void salaryTextsReadBackToTheSameRange() {
        List<SalaryRange> ranges = List.of(
                range("90000", "120000", "USD", PayPeriod.YEAR),
                range("90000", null, "USD", PayPeriod.YEAR),
                range(null, "120000", "", null),
                range("25.5", "25.5", "EUR", PayPeriod.HOUR),
                range("0.125", "1000000.5", "CHF", PayPeriod.MONTH),
                range(null, null, "GBP", PayPeriod.WEEK),
                range(null, null, "", PayPeriod.DAY),
                range(null, null, "JPY", null),
                range("100", "200", "€", null));
        for (SalaryRange salary : ranges) {
            assertThat(DetailsText.parseSalary(DetailsText.salary(salary))).as(DetailsText.salary(salary))
                    .contains(salary);
        }
    }

    @Test
    void salaryReadsLikeASentence() {
        assertThat(DetailsText.salary(range("90000", "120000", "USD", PayPeriod.YEAR)))
                .isEqualTo("90,000–120,000 USD per year");
        assertThat(DetailsText.salary(range("25.5", null, "EUR", PayPeriod.HOUR))).isEqualTo("From 25.50 EUR per hour");
        assertThat(DetailsText.salary(range("0.125", null, "", null))).isEqualTo("From 0.125");
        assertThat(DetailsText.salary(range(null, null, "GBP", PayPeriod.WEEK))).isEqualTo("GBP per week");
        assertThat(DetailsText.salary(SalaryRange.EMPTY)).isEmpty();
    }

    @Test
    void textThatIsNoSalaryIsRejected() {
        assertThat(DetailsText.parseSalary("")).isEmpty();
        assertThat(DetailsText.parseSalary("competitive")).isEmpty();
        assertThat(DetailsText.parseSalary("competitive and fair")).isEmpty();
        assertThat(DetailsText.parseSalary("1.2.3 USD")).isEmpty();
    }

    @Test
    void enumsAreReadByLabelOrName() {
        assertThat(DetailsText.parseWorkplaceType("On-site")).contains(WorkplaceType.ON_SITE);
        assertThat(DetailsText.parseWorkplaceType("on site")).contains(WorkplaceType.ON_SITE);
        assertThat(DetailsText.parseEmploymentType("PER_DIEM")).contains(EmploymentType.PER_DIEM);
        assertThat(DetailsText.parseEmploymentType("full-time")).contains(EmploymentType.FULL_TIME);
        assertThat(DetailsText.parseEmploymentType("gig")).isEmpty();
    }

    @Test
    void datesAreIso() {
        assertThat(DetailsText.date(LocalDate.of(2025, 3, 1))).isEqualTo("2025-03-01");
        assertThat(DetailsText.parseDate("2025-03-01")).contains(LocalDate.of(2025, 3, 1));
        assertThat(DetailsText.parseDate("1 March 2025")).isEqualTo(Optional.empty());
    }

    @Test
    void regionsWithCommasSurvive() {
        List<String> regions = List.of("DE", "Bonaire, Sint Eustatius and Saba", "EU");
        assertThat(DetailsText.regions(regions)).isEqualTo("DE, Bonaire\\, Sint Eustatius and Saba, EU");
        assertThat(DetailsText.parseRegions(DetailsText.regions(regions))).isEqualTo(regions);
        assertThat(DetailsText.parseRegions("")).isEmpty();
    }
}
