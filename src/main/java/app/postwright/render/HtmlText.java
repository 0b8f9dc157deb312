package app.postwright.render;

/**
 * Makes user text safe to place in the exported document. The HTML must also be well-formed XML (openhtmltopdf
 * parses it as XHTML), so characters XML 1.0 forbids (C0/C1 controls, unpaired surrogates, U+FFFE/U+FFFF) are
 * dropped rather than escaped: they have no visible meaning and would make the whole export fail.
 */
final class HtmlText {
    private HtmlText() {
    }

    /** Text with forbidden characters removed and every line break normalised to "\n". */
    static String clean(String text) {
        int length = text.length();
        int first = firstToClean(text);
        if (first == length) {
            return text; // the common case: nothing to drop, no copy
        }
        StringBuilder out = new StringBuilder(length).append(text, 0, first);
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            char next = i + 1 < length ? text.charAt(i + 1) : 0;
            if (c == '\r') {
                if (next != '\n') {
                    out.append('\n');
                }
            } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
                out.append(c).append(next);
                i++;
            } else if (isAllowed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Cleans and escapes {@code text} for element content and double-quoted attribute values (the only kind the
     * renderer writes, so apostrophes stay as they are, as in flexmark's output).
     */
    static String escape(String text) {
        String clean = clean(text);
        int first = 0;
        while (first < clean.length() && !needsEscape(clean.charAt(first))) {
            first++;
        }
        if (first == clean.length()) {
            return clean; // the common case: nothing to escape, no copy
        }
        StringBuilder out = new StringBuilder(clean.length() + 16).append(clean, 0, first);
        for (int i = first; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"';
    }

    /** The index of the first character {@link #clean} must drop or change; the length when there is none. */
    private static int firstToClean(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (c == '\r' || !isAllowed(c)) {
                return i;
            }
        }
        return length;
    }

    private static boolean isAllowed(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)) {
            return false;
        }
        return !(c >= 0xFDD0 && c <= 0xFDEF) && c != 0xFFFE && c != 0xFFFF;
    }
}
