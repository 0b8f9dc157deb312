package app.postwright.render;

/**
 * Direction of one block of user text, judged like HTML's {@code dir="auto"}: by its first strong character.
 * Written out explicitly (rather than as {@code dir="auto"}) because openhtmltopdf does not resolve "auto", and
 * a Hebrew paragraph in an English posting, or "70,000–90,000 EUR" in a Hebrew one, must read correctly in the
 * PDF as well as in the browser.
 */
final class TextDirection {
    private TextDirection() {
    }

    /**
     * The {@code dir} attribute (with a leading space) {@code text} needs inside a document whose direction is
     * right to left when {@code documentRtl}; empty when the text follows the document or has no strong character.
     */
    static String attribute(String text, boolean documentRtl) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            byte direction = Character.getDirectionality(c);
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return documentRtl ? " dir=\"ltr\"" : "";
            }
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return documentRtl ? "" : " dir=\"rtl\"";
            }
        }
        return "";
    }
}
