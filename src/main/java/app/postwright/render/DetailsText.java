package app.postwright.render;

import app.postwright.model.EmploymentType;
import app.postwright.model.PayPeriod;
import app.postwright.model.SalaryRange;
import app.postwright.model.WorkplaceType;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Human-readable text for structured details, shared by every output so that HTML, Markdown and the editor say
 * the same thing, and parsed back by the Markdown importer. Salary reads "90,000–120,000 USD per year",
 * "From 90,000 USD per year" or "Up to 120,000 USD per year"; currency and period are left out when not given,
 * and a range with only a currency and/or period reads "USD per year".
 */
public final class DetailsText {
    private static final String AMOUNTS = "(?:(?<from>from)\\s+(?<fromAmount>[\\d,.]+)"
            + "|(?<upto>up to)\\s+(?<uptoAmount>[\\d,.]+)"
            + "|(?<min>[\\d,.]+)\\s*[–-]\\s*(?<max>[\\d,.]+)|(?<single>[\\d,.]+))";
    /** Currency: an ISO 4217 code or a currency symbol. */
    private static final String CURRENCY = "(?!per\\b)(?:\\p{L}{3}|\\p{Sc})";
    private static final Pattern SALARY = Pattern.compile(
            "(?i)^\\s*(?:" + AMOUNTS + "(?:\\s+(?<currency>" + CURRENCY + "))?|(?<currencyOnly>" + CURRENCY + "))?"
                    + "(?:\\s*\\bper\\s+(?<period>hour|day|week|month|year))?\\s*$");

    private DetailsText() {
    }

    /** The salary as one line, or "" when the range is empty. */
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
            amounts = "";
        }
        StringBuilder text = new StringBuilder(amounts);
        if (!salary.currency().isEmpty()) {
            text.append(' ').append(salary.currency());
        }
        if (salary.period() != null) {
            text.append(" per ").append(salary.period().label());
        }
        return text.toString().strip();
    }

    /** Reads text written by {@link #salary(SalaryRange)}; empty when it does not have that shape. */
    public static Optional<SalaryRange> parseSalary(String text) {
        Matcher m = SALARY.matcher(text);
        if (text.isBlank() || !m.matches()) {
            return Optional.empty();
        }
        BigDecimal min;
        BigDecimal max;
        String amountText;
        if (m.group("from") != null) {
            amountText = m.group("fromAmount");
            min = parseAmount(amountText);
            max = null;
        } else if (m.group("upto") != null) {
            amountText = m.group("uptoAmount");
            min = null;
            max = parseAmount(amountText);
        } else if (m.group("single") != null) {
            amountText = m.group("single");
            min = parseAmount(amountText);
            max = min;
        } else if (m.group("min") != null) {
            amountText = m.group("min");
            min = parseAmount(amountText);
            max = parseAmount(m.group("max"));
        } else {
            amountText = null;
            min = null;
            max = null;
        }
        if (amountText != null && min == null && max == null) {
            return Optional.empty();
        }
        String currency = m.group("currency") != null ? m.group("currency")
                : m.group("currencyOnly") != null ? m.group("currencyOnly") : "";
        PayPeriod period = m.group("period") == null ? null
                : PayPeriod.valueOf(m.group("period").toUpperCase(Locale.ROOT));
        return Optional.of(new SalaryRange(min, max, currency, period));
    }

    /** An amount with thousands separators and at least two decimals if any: 90000 → "90,000", 25.5 → "25.50". */
    public static String amount(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        int decimals = value.scale() > 0 ? Math.max(2, value.scale()) : 0;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    private static BigDecimal parseAmount(String text) {
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return null; // "1.2.3" and the like: the caller reports the whole text as not a salary
        }
    }

    public static Optional<WorkplaceType> parseWorkplaceType(String text) {
        return byLabel(WorkplaceType.values(), WorkplaceType::label, text);
    }

    public static Optional<EmploymentType> parseEmploymentType(String text) {
        return byLabel(EmploymentType.values(), EmploymentType::label, text);
    }

    /** Dates are written as ISO 8601 (2025-03-31): unambiguous in every locale. */
    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // not a date: the caller treats the line as ordinary text
        }
    }

    /** Regions as "DE, AT, Bonaire\\, Sint Eustatius and Saba"; a comma or backslash in a name gets a backslash. */
    public static String regions(List<String> regions) {
        return regions.stream().map(region -> region.replace("\\", "\\\\").replace(",", "\\,"))
                .collect(Collectors.joining(", "));
    }

    public static List<String> parseRegions(String text) {
        List<String> regions = new ArrayList<>();
        StringBuilder region = new StringBuilder();
        String rest = text.strip();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '\\' && i + 1 < rest.length()) {
                region.append(rest.charAt(++i));
            } else if (c == ',') {
                regions.add(region.toString());
                region.setLength(0);
                while (i + 1 < rest.length() && rest.charAt(i + 1) == ' ') {
                    i++;
                }
            } else {
                region.append(c);
            }
        }
        if (!rest.isEmpty()) {
            regions.add(region.toString());
        }
        return List.copyOf(regions);
    }

    /** Matches an enum by its label or constant name, ignoring case and the difference between "-", "_" and " ". */
    private static <E extends Enum<E>> Optional<E> byLabel(E[] values, Function<E, String> label, String text) {
        String wanted = simplify(text);
        return Arrays.stream(values)
                .filter(value -> simplify(label.apply(value)).equals(wanted) || simplify(value.name()).equals(wanted))
                .findFirst();
    }

    private static String simplify(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[-_\\s]+", " ");
    }
}
