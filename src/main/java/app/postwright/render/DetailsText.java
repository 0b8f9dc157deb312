package app.postwright.render;

import app.postwright.model.PayPeriod;
import app.postwright.model.SalaryRange;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Human-readable text for structured details, shared by every output so that HTML, Markdown and the editor say
 * the same thing, and parsed back by the Markdown importer. Salary reads "90,000–120,000 USD per year",
 * "From 90,000 USD per year" or "Up to 120,000 USD per year"; currency and period are left out when not given.
 */
public final class DetailsText {
    private static final Pattern SALARY = Pattern.compile(
            "(?i)^\\s*(?:(?<from>from)\\s+(?<fromAmount>[\\d,.]+)|(?<upto>up to)\\s+(?<uptoAmount>[\\d,.]+)"
                    + "|(?<min>[\\d,.]+)\\s*[–-]\\s*(?<max>[\\d,.]+)|(?<single>[\\d,.]+))"
                    + "(?:\\s+(?<currency>[A-Za-z]{3}))?(?:\\s+per\\s+(?<period>hour|day|week|month|year))?\\s*$");

    private DetailsText() {
    }

    /** The salary as one line, or "" when no amount is given. */
    public static String salary(SalaryRange salary) {
        String amounts;
        if (salary.minimum() != null && salary.maximum() != null) {
            amounts = salary.minimum().equals(salary.maximum())
                    ? amount(salary.minimum())
                    : amount(salary.minimum()) + "–" + amount(salary.maximum());
        } else if (salary.minimum() != null) {
            amounts = "From " + amount(salary.minimum());
        } else if (salary.maximum() != null) {
            amounts = "Up to " + amount(salary.maximum());
        } else {
            return "";
        }
        StringBuilder text = new StringBuilder(amounts);
        if (!salary.currency().isEmpty()) {
            text.append(' ').append(salary.currency());
        }
        if (salary.period() != null) {
            text.append(" per ").append(salary.period().label());
        }
        return text.toString();
    }

    /** Reads text written by {@link #salary(SalaryRange)}; empty when it does not have that shape. */
    public static Optional<SalaryRange> parseSalary(String text) {
        Matcher m = SALARY.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal min;
        BigDecimal max;
        if (m.group("from") != null) {
            min = parseAmount(m.group("fromAmount"));
            max = null;
        } else if (m.group("upto") != null) {
            min = null;
            max = parseAmount(m.group("uptoAmount"));
        } else if (m.group("single") != null) {
            min = parseAmount(m.group("single"));
            max = min;
        } else {
            min = parseAmount(m.group("min"));
            max = parseAmount(m.group("max"));
        }
        if ((m.group("fromAmount") != null || m.group("uptoAmount") != null || m.group("single") != null
                || m.group("min") != null) && min == null && max == null) {
            return Optional.empty();
        }
        String currency = m.group("currency") == null ? "" : m.group("currency");
        PayPeriod period = m.group("period") == null ? null
                : PayPeriod.valueOf(m.group("period").toUpperCase(Locale.ROOT));
        return Optional.of(new SalaryRange(min, max, currency, period));
    }

    /** An amount with thousands separators and its decimals kept: 90000 → "90,000", 25.5 → "25.50". */
    public static String amount(BigDecimal value) {
        DecimalFormat format = new DecimalFormat(value.scale() > 0 ? "#,##0.00" : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.US));
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    private static BigDecimal parseAmount(String text) {
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
