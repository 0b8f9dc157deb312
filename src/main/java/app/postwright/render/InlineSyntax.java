package app.postwright.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;
import java.util.regex.Pattern;

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

    /**
     * What can begin Markdown syntax, an HTML tag or entity, an autolink or a line break. Text without any of it
     * reads as itself, so it skips the parser: most bullets and fields are plain, and parsing them dominated the
     * render time.
     */
    private static final Pattern SYNTAX = Pattern.compile("[*_`\\[\\]<>&!\\\\:@\\r\\n]|www\\.",
            Pattern.CASE_INSENSITIVE);

    private InlineSyntax() {
    }

    /** False when {@code text} certainly holds no inline syntax (it reads as itself, minus edge blanks). */
    static boolean mayHoldSyntax(CharSequence text) {
        return SYNTAX.matcher(text).find();
    }
}
