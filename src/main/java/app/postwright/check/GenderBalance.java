package app.postwright.check;

/**
 * The overall lean of a posting's wording, decided as the genderdecoder tool does (Matfield; Pope): equal counts
 * are neutral, only one kind is "strongly", more of one kind leans that way.
 */
public enum GenderBalance {
    STRONGLY_FEMININE("strongly feminine-coded"),
    FEMININE("feminine-coded"),
    NEUTRAL("neutral"),
    MASCULINE("masculine-coded"),
    STRONGLY_MASCULINE("strongly masculine-coded");

    private final String label;

    GenderBalance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static GenderBalance of(int masculine, int feminine) {
        if (masculine == feminine) {
            return NEUTRAL;
        }
        if (feminine == 0) {
            return STRONGLY_MASCULINE;
        }
        if (masculine == 0) {
            return STRONGLY_FEMININE;
        }
        return masculine > feminine ? MASCULINE : FEMININE;
    }
}
