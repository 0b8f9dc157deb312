package app.postwright.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/**
 * The one flexmark configuration for Postwright's inline Markdown, shared by {@link InlineMarkdown} (HTML) and
 * {@link InlineText} (plain text for checks and JSON-LD) so that what a check highlights is what the page shows.
 * Block syntax (headings, lists, quotes, code blocks, HTML blocks, link reference definitions) is switched off: a
 * bullet item that starts with "# " or "1. " stays text. Raw HTML is escaped, never passed through.
 */
final class InlineSyntax {
    static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(AutolinkExtension.create()))
            .set(Parser.BLOCK_QUOTE_PARSER, false)
            .set(Parser.HEADING_PARSER, false)
            .set(Parser.LIST_BLOCK_PARSER, false)
            .set(Parser.THEMATIC_BREAK_PARSER, false)
            .set(Parser.FENCED_CODE_BLOCK_PARSER, false)
            .set(Parser.INDENTED_CODE_BLOCK_PARSER, false)
            .set(Parser.HTML_BLOCK_PARSER, false)
            .set(Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR, false)
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SOFT_BREAK, "\n")
            .set(HtmlRenderer.HARD_BREAK, "<br />\n")
            .toImmutable();

    /** Immutable once built; flexmark parsers are safe to share between threads. */
    static final Parser PARSER = Parser.builder(OPTIONS).build();

    private InlineSyntax() {
    }

    /**
     * False when {@code text} certainly holds no inline syntax (it reads as itself, minus edge blanks): no character
     * that can begin Markdown syntax, an HTML tag or entity, an autolink or a line break, and no "www.". Most
     * bullets and fields are plain, so they skip the parser, which dominated the render time; a hand-written scan
     * because a regular expression with this alternation cost a tenth of a whole render.
     */
    static boolean mayHoldSyntax(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            switch (text.charAt(i)) {
                case '*', '_', '`', '[', ']', '<', '>', '&', '!', '\\', ':', '@', '\r', '\n':
                    return true;
                case '.':
                    if (i >= 3 && isWww(text, i - 3)) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }

    private static boolean isWww(CharSequence text, int at) {
        for (int i = at; i < at + 3; i++) {
            char c = text.charAt(i);
            if (c != 'w' && c != 'W') {
                return false;
            }
        }
        return true;
    }
}
