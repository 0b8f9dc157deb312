package app.postwright.check;

import app.postwright.model.FieldsSection;
import app.postwright.model.PostingDetails;
import app.postwright.model.SalaryRange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pay transparency: a salary range with currency and period, a benefits description and a closing date. Each
 * finding names the pay-transparency rules that ask for it, as information rather than legal advice: which rules
 * apply depends on where the job and the employer are.
 */
public final class PayTransparencyRule implements Rule {
    static final String PREFIX = "pay.";
    static final String RANGE_LAWS = "Colorado (Equal Pay for Equal Work Act), Washington (RCW 49.58.110), "
            + "California (Labor Code 432.3), New York (Labor Law 194-b) and the EU Pay Transparency Directive "
            + "2023/970";
    static final String BENEFITS_LAWS = "Colorado (Equal Pay for Equal Work Act) and Washington (RCW 49.58.110)";
    static final String CLOSING_LAWS = "Colorado (Equal Pay for Equal Work Act, as amended by SB 23-105)";
    private static final String NOT_ADVICE = " This is information, not legal advice.";
    private static final Pattern BENEFITS = Pattern.compile("(?i)benefit|perks|what we offer|we offer");

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        PostingDetails details = context.posting().details();
        salary(details.salary(), findings);
        if (!context.hasVisibleSection(BENEFITS) && !hasBenefitsField(context)) {
            findings.add(new Finding(PREFIX + "benefits-missing", Severity.WARNING, FindingLocation.posting(),
                    "The posting does not describe the benefits. " + BENEFITS_LAWS
                            + " ask postings to describe them." + NOT_ADVICE,
                    "Add a “Benefits” section: health cover, leave, retirement, other perks.", ""));
        }
        if (details.closingDate() == null) {
            findings.add(new Finding(PREFIX + "closing-date-missing", Severity.TIP,
                    FindingLocation.details(DetailsField.CLOSING_DATE),
                    "No closing date. " + CLOSING_LAWS + " asks for the date applications are expected to close."
                            + NOT_ADVICE, "Set a closing date in Posting details.", ""));
        }
        return findings;
    }

    private static boolean hasBenefitsField(CheckContext context) {
        return context.posting().visibleSections().stream().filter(FieldsSection.class::isInstance)
                .flatMap(s -> ((FieldsSection) s).fields().stream())
                .anyMatch(f -> BENEFITS.matcher(f.key()).find() && !f.value().isBlank());
    }

    private static void salary(SalaryRange salary, List<Finding> findings) {
        FindingLocation where = FindingLocation.details(DetailsField.SALARY);
        BigDecimal min = salary.minimum();
        BigDecimal max = salary.maximum();
        if (min == null && max == null) {
            findings.add(new Finding(PREFIX + "salary-missing", Severity.WARNING, where,
                    "No salary range. " + RANGE_LAWS + " ask postings to state the pay range." + NOT_ADVICE,
                    "Enter the minimum and maximum pay in Posting details.", ""));
            return;
        }
        if ((min != null && min.signum() <= 0) || (max != null && max.signum() <= 0)) {
            findings.add(new Finding(PREFIX + "amount-invalid", Severity.ERROR, where,
                    "The salary amounts must be greater than zero.", "Correct the amounts.", ""));
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            findings.add(new Finding(PREFIX + "min-above-max", Severity.ERROR, where,
                    "The minimum salary is above the maximum.", "Swap or correct the amounts.", ""));
        }
        if (min == null || max == null) {
            findings.add(new Finding(PREFIX + "open-ended", Severity.WARNING, where,
                    "The salary range is open-ended (“" + (min == null ? "up to" : "from") + "” only). "
                            + RANGE_LAWS + " ask for both a minimum and a maximum." + NOT_ADVICE,
                    "Enter both the minimum and the maximum you would in good faith pay.", ""));
        }
        if (salary.currency().isEmpty()) {
            findings.add(new Finding(PREFIX + "currency-missing", Severity.WARNING, where,
                    "The salary has no currency.", "Choose the currency, e.g. USD or EUR.", ""));
        }
        if (salary.period() == null) {
            findings.add(new Finding(PREFIX + "period-missing", Severity.WARNING, where,
                    "The salary does not say per what: hour, day, week, month or year.",
                    "Choose the pay period.", ""));
        }
    }
}
