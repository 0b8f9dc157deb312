package app.postwright.check;

import app.postwright.model.BulletSection;
import app.postwright.model.PayPeriod;
import app.postwright.model.Posting;
import app.postwright.model.SalaryRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static app.postwright.check.TestPostings.complete;
import static app.postwright.check.TestPostings.run;
import static app.postwright.check.TestPostings.ruleIds;
import static app.postwright.check.TestPostings.withField;
import static org.assertj.core.api.Assertions.assertThat;

class PayTransparencyRuleTest {
    private final PayTransparencyRule rule = new PayTransparencyRule();

    private static Posting withSalary(SalaryRange salary) {
        return complete().withDetails(complete().details().withSalary(salary));
    }

    private static SalaryRange range(String min, String max) {
        return new SalaryRange(min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max),
                "USD", PayPeriod.YEAR);
    }

    @Test
    void aTransparentPostingPasses() {
        assertThat(run(rule, complete())).isEmpty();
    }

    @Test
    void missingSalaryNamesTheRulesThatAskForIt() {
        Finding finding = run(rule, withSalary(SalaryRange.EMPTY)).get(0);
        assertThat(finding.ruleId()).isEqualTo("pay.salary-missing");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.location()).isEqualTo(FindingLocation.details(DetailsField.SALARY));
        assertThat(finding.message()).contains("Colorado", "Washington", "California", "New York", "2023/970",
                "not legal advice");
    }

    @Test
    void minimumAboveMaximumIsAnError() {
        assertThat(run(rule, withSalary(range("120000", "90000")))).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("pay.min-above-max");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void openEndedRangesAreFlaggedEitherWay() {
        assertThat(ruleIds(run(rule, withSalary(range("90000", null))))).containsExactly("pay.open-ended");
        assertThat(ruleIds(run(rule, withSalary(range(null, "90000"))))).containsExactly("pay.open-ended");
        assertThat(run(rule, withSalary(range("90000", "90000")))).isEmpty();
    }

    @Test
    void currencyAndPeriodAreNeeded() {
        SalaryRange bare = new SalaryRange(new BigDecimal("50"), new BigDecimal("60"), "", null);
        assertThat(ruleIds(run(rule, withSalary(bare))))
                .containsExactly("pay.currency-missing", "pay.period-missing");
    }

    @Test
    void nonPositiveAmountsAreErrors() {
        assertThat(ruleIds(run(rule, withSalary(range("0", "10"))))).containsExactly("pay.amount-invalid");
    }

    @Test
    void benefitsAndClosingDate() {
        Posting posting = complete().withSectionRemoved(3)
                .withDetails(complete().details().withClosingDate(null));
        List<Finding> findings = run(rule, posting);
        assertThat(ruleIds(findings)).containsExactly("pay.benefits-missing", "pay.closing-date-missing");
        assertThat(findings.get(0).message()).contains("Colorado", "Washington");
        assertThat(findings.get(1).severity()).isEqualTo(Severity.TIP);
        Posting withPerks = posting.withSectionAdded(0, new BulletSection("Perks", List.of("Gym")));
        assertThat(ruleIds(run(rule, withPerks))).containsExactly("pay.closing-date-missing");
        Posting withField = posting.withSectionAdded(0, withField("Benefits", "Health cover").sections().get(0));
        assertThat(ruleIds(run(rule, withField))).containsExactly("pay.closing-date-missing");
    }
}
