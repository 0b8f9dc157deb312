package app.postwright.model;

/** The unit a salary amount is paid per; matches schema.org's QuantitativeValue unitText. */
public enum PayPeriod {
    HOUR("hour"),
    DAY("day"),
    WEEK("week"),
    MONTH("month"),
    YEAR("year");

    private final String label;

    PayPeriod(String label) {
        this.label = label;
    }

    /** Lower-case word used after "per" in exports, e.g. "per year". */
    public String label() {
        return label;
    }
}
