package app.postwright.render;

/**
 * What the characters of a document ask of the PDF pipeline beyond the Latin DejaVu faces and left-to-right layout:
 * the full DejaVu faces, the Unicode bidirectional algorithm, the CJK fallback face, the symbol face. Each costs
 * time to load (the full faces hold four times the glyphs, ICU and its data, a 4 MB and a 3 MB font), so a document
 * gets only what its text needs.
 *
 * <p>Found in one pass that steps over ASCII at once (the style sheet and most of a posting): three separate scans of
 * every code point took 2 % of a 50-PDF batch's CPU time.
 *
 * @param beyondLatin characters outside the blocks of the Latin faces ({@link #isLatin}), which only the full
 *                    DejaVu faces (Greek, Cyrillic, Arabic, Hebrew, symbols) or the fallback faces may cover
 * @param bidi        right-to-left characters or marks, or an element set right to left: a Hebrew posting's Latin
 *                    text still needs its punctuation placed right to left. The style sheet's
 *                    {@code [dir="rtl"]} selectors do not count.
 * @param cjk         characters from the CJK blocks, which only the fallback face covers
 * @param symbols     emoji or symbols (arrows, dingbats, pictographs) DejaVu may lack
 */
record CharacterNeeds(boolean beyondLatin, boolean bidi, boolean cjk, boolean symbols) {

    static CharacterNeeds of(String html) {
        boolean beyondLatin = false;
        boolean bidi = html.contains(" dir=\"rtl\"");
        boolean cjk = false;
        boolean symbols = false;
        for (int i = 0; i < html.length() && !(beyondLatin && bidi && cjk && symbols); i++) {
            if (html.charAt(i) < 0x80) {
                continue;
            }
            int c = html.codePointAt(i);
            if (Character.isSupplementaryCodePoint(c)) {
                i++;
            }
            beyondLatin = beyondLatin || !isLatin(c);
            bidi = bidi || isRightToLeft(c);
            cjk = cjk || isCjk(c);
            symbols = symbols || isSymbol(c);
        }
        return new CharacterNeeds(beyondLatin, bidi, cjk, symbols);
    }

    /**
     * The Unicode blocks of the Latin faces in {@code assets/fonts/latin/} (its script, make-latin-subsets.sh, names
     * the same): Latin with its extensions, combining accents and spacing modifiers, general punctuation, currency
     * signs, letterlike symbols and number forms.
     */
    static boolean isLatin(int c) {
        return c <= 0x036F || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2000 && c <= 0x206F)
                || (c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2100 && c <= 0x218F);
    }

    private static boolean isRightToLeft(int c) {
        byte direction = Character.getDirectionality(c);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE;
    }

    private static boolean isCjk(int c) {
        return (c >= 0x2E80 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF);
    }

    private static boolean isSymbol(int c) {
        return (c >= 0x2190 && c <= 0x2BFF) || (c >= 0x1F000 && c <= 0x1FAFF);
    }
}
