package app.postwright.model;

import java.math.BigDecimal;

/**
 * Pay offered. Either bound may be null (open-ended or missing); {@code currency} is an ISO 4217 code
 * ("" when not given) and {@code period} may be null. Amounts are normalised (trailing zeros stripped)
 * so that 90000 and 90000.00 compare equal.
 */
public record SalaryRange(BigDecimal minimum, BigDecimal maximum, String currency, PayPeriod period) {
    public static final SalaryRange EMPTY = new SalaryRange(null, null, "", null);

    public SalaryRange {
        minimum = normalise(minimum);
        maximum = normalise(maximum);
        currency = Text.orEmpty(currency).strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static BigDecimal normalise(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public boolean isEmpty() {
        return minimum == null && maximum == null && currency.isEmpty() && period == null;
    }

    public SalaryRange withMinimum(BigDecimal value) {
        return new SalaryRange(value, maximum, currency, period);
    }

    public SalaryRange withMaximum(BigDecimal value) {
        return new SalaryRange(minimum, value, currency, period);
    }

    public SalaryRange withCurrency(String value) {
        return new SalaryRange(minimum, maximum, value, period);
    }

    public SalaryRange withPeriod(PayPeriod value) {
        return new SalaryRange(minimum, maximum, currency, value);
    }
}
