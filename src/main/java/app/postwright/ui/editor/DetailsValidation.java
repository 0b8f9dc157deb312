package app.postwright.ui.editor;

import app.postwright.model.PostingDetails;
import app.postwright.model.WorkplaceType;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The rules the details form marks: required facts and a sane salary range. Each method returns the message to
 * show next to the field, or empty when the field is fine. Pure functions, tested without a screen.
 */
public final class DetailsValidation {
    private DetailsValidation() {
    }

    public static Optional<String> title(PostingDetails details) {
        return problemIf(details.title().isBlank(), "Give the job a title, e.g. \"Backend Systems Developer\".");
    }

    public static Optional<String> company(PostingDetails details) {
        return problemIf(details.company().name().isBlank(), "Name the hiring company.");
    }

    public static Optional<String> location(PostingDetails details) {
        return problemIf(details.location().isEmpty() && details.workplaceType() != WorkplaceType.REMOTE,
                "Give a city or country, or set the workplace to Remote.");
    }

    public static Optional<String> employmentType(PostingDetails details) {
        return problemIf(details.employmentType() == null, "Choose the employment type, e.g. Full-time.");
    }

    public static Optional<String> salaryOrder(PostingDetails details) {
        BigDecimal min = details.salary().minimum();
        BigDecimal max = details.salary().maximum();
        return problemIf(min != null && max != null && min.compareTo(max) > 0,
                "The minimum salary is higher than the maximum.");
    }

    /** A salary amount as typed: blank, or a non-negative number that may have thousands separators. */
    public static Optional<String> amountText(String text) {
        return problemIf(!text.isBlank() && parseAmount(text).isEmpty(),
                "Enter an amount such as 90000 or 90,000.");
    }

    /** The amount in {@code text} ("90,000", "4500.50"); empty when blank or not a non-negative number. */
    public static Optional<BigDecimal> parseAmount(String text) {
        String digits = text.strip().replace(",", "").replace("_", "").replace(" ", "");
        if (!digits.matches("\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(digits));
    }

    private static Optional<String> problemIf(boolean problem, String message) {
        return problem ? Optional.of(message) : Optional.empty();
    }
}
