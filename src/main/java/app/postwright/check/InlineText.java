package app.postwright.check;

/**
 * Inline Markdown reduced to the text a reader sees, remembering for every visible character where it came from in
 * the raw string and whether it is bold or italic. Checks match words on the plain text and report spans on the
 * raw text the editor shows; the JSON-LD description keeps only the bold/italic styles.
 * <p>
 * Understands what Postwright's inline Markdown uses: {@code **bold**}, {@code __bold__}, {@code *italic*},
 * {@code _italic_} (only at word boundaries, so snake_case stays), {@code [text](url)} (the text is kept),
 * {@code <https://autolinks>}, {@code `code`} and backslash escapes. Unclosed markers stay literal.
 */
public final class InlineText {
    private static final int BOLD = 1;
    private static final int ITALIC = 2;

    private final StringBuilder plain = new StringBuilder();
    private int[] rawIndex;
    private int[] styles;
    private final String raw;

    private InlineText(String raw) {
        this.raw = raw;
        rawIndex = new int[Math.max(16, raw.length())];
        styles = new int[rawIndex.length];
    }

    public static InlineText parse(String raw) {
        InlineText text = new InlineText(raw);
        text.parse(0, raw.length(), 0);
        return text;
    }

    /** The visible text. */
    public String plain() {
        return plain.toString();
    }

    /** The raw-text span covering the visible characters [plainStart, plainEnd). */
    public Span rawSpan(int plainStart, int plainEnd) {
        if (plainEnd <= plainStart) {
            int at = plainStart < plain.length() ? rawIndex[plainStart] : raw.length();
            return new Span(at, at);
        }
        return new Span(rawIndex[plainStart], rawIndex[plainEnd - 1] + 1);
    }

    public boolean isBold(int plainIndex) {
        return (styles[plainIndex] & BOLD) != 0;
    }

    public boolean isItalic(int plainIndex) {
        return (styles[plainIndex] & ITALIC) != 0;
    }

    private void parse(int from, int to, int style) {
        int i = from;
        while (i < to) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < to && isPunctuation(raw.charAt(i + 1))) {
                append(i + 1, style);
                i += 2;
            } else if (c == '`') {
                i = code(i, to, style);
            } else if (c == '[') {
                i = link(i, to, style);
            } else if (c == '<') {
                i = autolink(i, to, style);
            } else if (c == '*' || c == '_') {
                i = emphasis(i, to, style);
            } else {
                append(i, style);
                i++;
            }
        }
    }

    private int code(int at, int to, int style) {
        int close = raw.indexOf('`', at + 1);
        if (close < 0 || close >= to) {
            append(at, style);
            return at + 1;
        }
        for (int j = at + 1; j < close; j++) {
            append(j, style);
        }
        return close + 1;
    }

    private int link(int at, int to, int style) {
        int close = raw.indexOf("](", at + 1);
        int end = close < 0 ? -1 : raw.indexOf(')', close + 2);
        if (close < 0 || end < 0 || end >= to || raw.substring(at + 1, close).indexOf('[') >= 0) {
            append(at, style);
            return at + 1;
        }
        parse(at + 1, close, style);
        return end + 1;
    }

    private int autolink(int at, int to, int style) {
        int close = raw.indexOf('>', at + 1);
        if (close < 0 || close >= to) {
            append(at, style);
            return at + 1;
        }
        String inside = raw.substring(at + 1, close);
        boolean isLink = inside.matches("(?i)(https?://|mailto:)\\S+|[^\\s@<>]+@[^\\s@<>]+");
        if (!isLink) {
            append(at, style);
            return at + 1;
        }
        for (int j = at + 1; j < close; j++) {
            append(j, style);
        }
        return close + 1;
    }

    private int emphasis(int at, int to, int style) {
        char marker = raw.charAt(at);
        int run = runLength(at, to, marker);
        int n = Math.min(run, 3);
        boolean canOpen = at + run < to && !Character.isWhitespace(raw.charAt(at + run))
                && (marker == '*' || at == 0 || !Character.isLetterOrDigit(raw.charAt(at - 1)));
        int close = canOpen ? closing(at + run, to, marker, n) : -1;
        if (close < 0) {
            for (int j = at; j < at + run; j++) {
                append(j, style);
            }
            return at + run;
        }
        int added = (n >= 2 ? BOLD : 0) | (n != 2 ? ITALIC : 0);
        parse(at + run, close, style | added);
        return close + n;
    }

    /** Where the closing run of exactly {@code n} markers starts, or -1; runs of other lengths are skipped. */
    private int closing(int from, int to, char marker, int n) {
        int j = from;
        while (j < to) {
            if (raw.charAt(j) != marker) {
                j++;
                continue;
            }
            int run = runLength(j, to, marker);
            boolean afterText = !Character.isWhitespace(raw.charAt(j - 1));
            boolean wordEnd = marker == '*' || j + run >= raw.length()
                    || !Character.isLetterOrDigit(raw.charAt(j + run));
            if (run == n && afterText && wordEnd) {
                return j;
            }
            j += run;
        }
        return -1;
    }

    private int runLength(int at, int to, char marker) {
        int end = at;
        while (end < to && raw.charAt(end) == marker) {
            end++;
        }
        return end - at;
    }

    private void append(int rawAt, int style) {
        int index = plain.length();
        if (index == rawIndex.length) {
            rawIndex = java.util.Arrays.copyOf(rawIndex, index * 2);
            styles = java.util.Arrays.copyOf(styles, index * 2);
        }
        rawIndex[index] = rawAt;
        styles[index] = style;
        plain.append(raw.charAt(rawAt));
    }

    private static boolean isPunctuation(char c) {
        return "\\`*_{}[]()#+-.!<>|~\"'".indexOf(c) >= 0;
    }
}
