package app.postwright.render;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The escaping {@link MarkdownWriter} applies to user text and its exact inverse, used by the importer, so that
 * writing and importing give back the same strings. User text is inline Markdown and is written as is, except:
 * <ul>
 *   <li>every {@code <} becomes {@code &lt;} (and a literal "&lt;"/"&amp;" gets its {@code &} escaped), so no raw
 *       HTML can ever reach a renderer;</li>
 *   <li>a line that would start a block (heading, list, quote, fence, table, thematic break, setext underline,
 *       link reference definition) gets a backslash so it stays text; {@code 1.} becomes {@code 1\.};</li>
 *   <li>in a table cell {@code |} becomes {@code \|} (and unpaired backticks and brackets are escaped, see
 *       {@link #cell}); in a heading a closing {@code #} becomes {@code \#}.</li>
 * </ul>
 * Backslash escapes before ASCII punctuation render as the character itself, so the output reads the same.
 * The one change that is not reversed: links to targets {@link LinkPolicy} refuses and images are reduced to their
 * text first ({@link MarkdownLinkFilter}), as the HTML export shows them.
 */
public final class MarkdownEscaping {
    private static final Pattern ENTITY_LIKE = Pattern.compile("&(?=lt;|amp;)|<");
    private static final Pattern ENTITY = Pattern.compile("&lt;|&amp;");
    private static final Pattern BLOCK_START = Pattern.compile(
            "[#>=|:+-]|\\*(?:[ \\t]|$)|([*_])[ \\t]*\\1[ \\t]*\\1[*_ \\t]*$|```|~~~|\\[[^\\]]*\\]:");
    private static final Pattern ORDERED_START = Pattern.compile("(\\d{1,9})([.)])");
    private static final Pattern ESCAPED_PUNCTUATION = Pattern.compile("\\\\(\\p{Punct})");
    private static final Pattern BACKTICK_RUN = Pattern.compile("`+");
    private static final Pattern ESCAPED_ORDERED_START = Pattern.compile("(\\d{1,9})\\\\([.)])");

    private MarkdownEscaping() {
    }

    /** Text that may span lines and paragraphs (text sections, FAQ answers, list items). */
    public static String block(String text) {
        String[] lines = inline(text).split("\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(escapeLineStart(lines[i]));
        }
        return out.toString();
    }

    public static String unblock(String markdown) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(unescapeLineStart(lines[i]));
        }
        return uninline(out.toString());
    }

    /** Markdown → plain text as far as backslash escapes go: "\[m/f/d\]" → "[m/f/d]". */
    public static String unescapePunctuation(String markdown) {
        return ESCAPED_PUNCTUATION.matcher(markdown).replaceAll("$1");
    }

    /** A heading's text: one line, without a trailing "#" that Markdown would take as a closing sequence. */
    public static String heading(String text) {
        String line = inline(text).replace('\n', ' ');
        return line.endsWith("#") ? line.substring(0, line.length() - 1) + "\\#" : line;
    }

    public static String unheading(String markdown) {
        String line = markdown.strip();
        return uninline(line.endsWith("\\#") ? line.substring(0, line.length() - 2) + "#" : line);
    }

    /**
     * A GFM table cell: one line, pipes escaped. Backticks and brackets are escaped too when they do not pair up,
     * since flexmark reads code spans and link text before it splits cells, and an open one would swallow the next
     * cell. Backslashes right before such a character are doubled first, so that the user's own "\|" survives.
     */
    public static String cell(String text) {
        String cell = escapeBefore(inline(text).replace('\n', ' '), '|', true);
        cell = escapeBefore(cell, '`', hasUnpairedBackticks(cell));
        boolean unbalanced = hasUnbalancedBrackets(cell);
        return escapeBefore(escapeBefore(cell, '[', unbalanced), ']', unbalanced);
    }

    public static String uncell(String markdown) {
        String cell = unescapeBefore(unescapeBefore(markdown.strip(), ']'), '[');
        return uninline(unescapeBefore(unescapeBefore(cell, '`'), '|'));
    }

    /** Doubles the backslashes before each {@code target} and, if asked, adds one that escapes it. */
    private static String escapeBefore(String text, char target, boolean escapeTarget) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == target) {
                out.append("\\".repeat(run + (escapeTarget ? 1 : 0)));
            }
            out.append(c);
            run = c == '\\' ? run + 1 : 0;
        }
        return out.toString();
    }

    /** Inverse of {@link #escapeBefore}: a run of n backslashes before {@code target} was n / 2 of the user's. */
    private static String unescapeBefore(String markdown, char target) {
        StringBuilder out = new StringBuilder(markdown.length());
        int runStart = -1;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\') {
                runStart = runStart < 0 ? out.length() : runStart;
            } else if (c == target && runStart >= 0) {
                int run = out.length() - runStart;
                out.setLength(runStart + run / 2);
                runStart = -1;
            } else {
                runStart = -1;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean hasUnbalancedBrackets(String text) {
        int depth = 0;
        for (int i = 0; i < text.length() && depth >= 0; i++) {
            depth += text.charAt(i) == '[' ? 1 : text.charAt(i) == ']' ? -1 : 0;
        }
        return depth != 0;
    }

    /** True when some length of backtick run occurs an odd number of times, i.e. a code span would stay open. */
    private static boolean hasUnpairedBackticks(String text) {
        Map<Integer, Integer> runs = new HashMap<>();
        Matcher run = BACKTICK_RUN.matcher(text);
        while (run.find()) {
            runs.merge(run.group().length(), 1, Integer::sum);
        }
        return runs.values().stream().anyMatch(count -> count % 2 != 0);
    }

    private static String inline(String text) {
        return ENTITY_LIKE.matcher(MarkdownLinkFilter.filter(text)).replaceAll(match -> match.group().equals("<") ? "&lt;" : "&amp;");
    }

    private static String uninline(String markdown) {
        return ENTITY.matcher(markdown).replaceAll(match -> match.group().equals("&lt;") ? "<" : "&");
    }

    /**
     * A line needs escaping when Markdown would read it as block syntax, or when it starts with a backslash that
     * the importer would otherwise take for our escape (which keeps the escaping reversible).
     */
    private static boolean needsEscape(String line) {
        return BLOCK_START.matcher(line).lookingAt()
                || line.startsWith("\\") && needsEscape(line.substring(1));
    }

    private static String escapeLineStart(String line) {
        int indent = indentOf(line);
        String rest = line.substring(indent);
        Matcher ordered = ORDERED_START.matcher(rest);
        if (ordered.lookingAt()) {
            return line.substring(0, indent) + ordered.group(1) + "\\" + rest.substring(ordered.group(1).length());
        }
        return needsEscape(rest) ? line.substring(0, indent) + "\\" + rest : line;
    }

    private static String unescapeLineStart(String line) {
        int indent = indentOf(line);
        String rest = line.substring(indent);
        Matcher ordered = ESCAPED_ORDERED_START.matcher(rest);
        if (ordered.lookingAt()) {
            return line.substring(0, indent) + ordered.group(1) + rest.substring(ordered.group(1).length() + 1);
        }
        return rest.startsWith("\\") && needsEscape(rest.substring(1)) ? line.substring(0, indent) + rest.substring(1)
                : line;
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
