package app.postwright.ui.preview;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The element tree of an HTML document as spans of its text, enough to see which elements changed between two
 * renders without building a DOM. Meant for the renderer's own output, which closes every element it opens and
 * escapes all user text; anything else (an unclosed or misnested element) yields no outline, and the caller then
 * falls back to loading the whole document.
 */
final class HtmlOutline {
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");
    /** Elements whose content is text up to their end tag, never markup. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title");

    /**
     * One element: {@code start}..{@code end} is its outer HTML, {@code contentStart}..{@code contentEnd} what lies
     * between its start and end tags.
     */
    record Element(String tag, int start, int contentStart, int contentEnd, int end, List<Element> children) {
        boolean isRawText() {
            return RAW_TEXT.contains(tag);
        }
    }

    private HtmlOutline() {
    }

    /** The root element (normally {@code html}), or empty when the text is not well-formed enough to outline. */
    static Optional<Element> parse(String html) {
        Deque<Open> stack = new ArrayDeque<>();
        Open document = new Open("", 0, 0);
        stack.push(document);
        int i = 0;
        int length = html.length();
        while (i < length) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            if (html.startsWith("<!--", lt)) {
                int close = html.indexOf("-->", lt + 4);
                if (close < 0) {
                    return Optional.empty();
                }
                i = close + 3;
            } else if (html.startsWith("<!", lt) || html.startsWith("<?", lt)) {
                int close = html.indexOf('>', lt);
                if (close < 0) {
                    return Optional.empty();
                }
                i = close + 1;
            } else if (html.startsWith("</", lt)) {
                int close = html.indexOf('>', lt);
                if (close < 0 || stack.size() < 2) {
                    return Optional.empty();
                }
                String tag = html.substring(lt + 2, close).strip().toLowerCase(Locale.ROOT);
                Open open = stack.pop();
                if (!open.tag.equals(tag)) {
                    return Optional.empty();
                }
                stack.peek().children.add(new Element(tag, open.start, open.contentStart, lt, close + 1,
                        List.copyOf(open.children)));
                i = close + 1;
            } else {
                int tagEnd = endOfStartTag(html, lt);
                if (tagEnd < 0) {
                    return Optional.empty();
                }
                String tag = tagName(html, lt + 1);
                if (tag.isEmpty()) {
                    // A lone '<' in text; the renderer escapes these, so treat it as text.
                    i = lt + 1;
                    continue;
                }
                boolean selfClosing = html.charAt(tagEnd - 2) == '/';
                if (VOID.contains(tag) || selfClosing) {
                    stack.peek().children.add(new Element(tag, lt, tagEnd, tagEnd, tagEnd, List.of()));
                    i = tagEnd;
                } else if (RAW_TEXT.contains(tag)) {
                    int close = indexOfIgnoringCase(html, "</" + tag, tagEnd);
                    int closeEnd = close < 0 ? -1 : html.indexOf('>', close);
                    if (closeEnd < 0) {
                        return Optional.empty();
                    }
                    stack.peek().children.add(new Element(tag, lt, tagEnd, close, closeEnd + 1, List.of()));
                    i = closeEnd + 1;
                } else {
                    stack.push(new Open(tag, lt, tagEnd));
                    i = tagEnd;
                }
            }
        }
        if (stack.size() != 1 || document.children.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(document.children.get(0));
    }

    /** Index just past the '>' of the start tag at {@code lt}, skipping '>' inside quoted attribute values. */
    private static int endOfStartTag(String html, int lt) {
        char quote = 0;
        for (int i = lt + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return -1;
    }

    private static int indexOfIgnoringCase(String html, String part, int from) {
        for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i, part, 0, part.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String tagName(String html, int from) {
        int end = from;
        while (end < html.length() && (Character.isLetterOrDigit(html.charAt(end)) || html.charAt(end) == '-')) {
            end++;
        }
        return html.substring(from, end).toLowerCase(Locale.ROOT);
    }

    /** An element whose end tag has not been reached yet. */
    private static final class Open {
        final String tag;
        final int start;
        final int contentStart;
        final List<Element> children = new ArrayList<>();

        Open(String tag, int start, int contentStart) {
            this.tag = tag;
            this.start = start;
            this.contentStart = contentStart;
        }
    }
}
