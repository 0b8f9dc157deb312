package app.postwright.check;

/**
 * Which part of a section a finding points at. The item index counts bullets, fields, FAQ entries or paragraphs;
 * the span is into the string the editor edits for that part (for {@link #PARAGRAPH} and {@link #FAQ_ANSWER}, the
 * whole multi-paragraph text, so the editor can highlight it in its one text area).
 */
public enum SectionPart {
    /** The section as a whole (item 0, empty span), e.g. "too many bullets". */
    SECTION(""),
    HEADING("heading"),
    /** Paragraph {@code item} of a text section; the span is into {@code TextSection.text()}. */
    PARAGRAPH("paragraphs"),
    BULLET("bullets"),
    FIELD_KEY("fields"),
    FIELD_VALUE("fields"),
    FAQ_QUESTION("faq"),
    /** The answer of FAQ entry {@code item}; the span is into the whole answer text. */
    FAQ_ANSWER("faq");

    private final String pathName;

    SectionPart(String pathName) {
        this.pathName = pathName;
    }

    /** "sections[2].bullets[3]", "sections[0].heading", "sections[4].fields[1].value", "sections[5]". */
    String path(int section, int item) {
        String base = "sections[" + section + "]";
        String entry = base + "." + pathName + "[" + item + "]";
        return switch (this) {
            case SECTION -> base;
            case HEADING -> base + ".heading";
            case PARAGRAPH, BULLET -> entry;
            case FIELD_KEY -> entry + ".key";
            case FIELD_VALUE -> entry + ".value";
            case FAQ_QUESTION -> entry + ".question";
            case FAQ_ANSWER -> entry + ".answer";
        };
    }
}
