package app.postwright.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The inline Markdown every user text may hold (bold, italic, code, links) → safe HTML, and → plain text for
 * meta descriptions, word counts and checks. Block syntax (headings, lists, quotes, code blocks, HTML blocks,
 * link reference definitions) is switched off: a bullet item that starts with "# " or "1. " stays text. Raw HTML
 * is escaped, never passed through; links survive only when {@link LinkPolicy} allows their target, otherwise
 * their text is kept; images are reduced to their alt text, so an export never makes a request. Thread-safe.
 */
public final class InlineMarkdown {
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /**
     * What can begin Markdown syntax, an HTML tag or entity, an autolink or a line break. Text without any of it
     * renders as itself, so it skips the parser: most bullets and fields are plain, and parsing them dominated the
     * render time.
     */
    private static final Pattern SYNTAX = Pattern.compile("[*_`\\[\\]<>&!\\\\:@\\n]|www\\.",
            Pattern.CASE_INSENSITIVE);

    private final Parser parser;
    private final HtmlRenderer renderer;

    public InlineMarkdown() {
        MutableDataSet options = options();
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).nodeRendererFactory(data -> new SafeInlineRenderer()).build();
    }

    /** Inline syntax only, HTML escaped; shared with {@link MarkdownLinkFilter} so both read text alike. */
    static MutableDataSet options() {
        return new MutableDataSet()
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
                .set(HtmlRenderer.HARD_BREAK, "<br />\n");
    }

    /** One paragraph (or one bullet, one field value) of inline Markdown as HTML without a wrapping element. */
    public String toHtml(String markdown) {
        String text = HtmlText.clean(markdown);
        if (!SYNTAX.matcher(text).find()) {
            return HtmlText.escape(text.strip());
        }
        return renderer.render(parser.parse(text)).strip();
    }

    /** The text a reader sees, without Markdown syntax; whitespace (line breaks included) collapsed to spaces. */
    public String toPlainText(String markdown) {
        String clean = HtmlText.clean(markdown);
        if (!SYNTAX.matcher(clean).find()) {
            return WHITESPACE.matcher(clean).replaceAll(" ").strip();
        }
        StringBuilder text = new StringBuilder(markdown.length());
        collectText(parser.parse(clean), text);
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Appends what a reader sees of {@code node}; raw HTML counts as text because the HTML output shows it so. */
    private static void collectText(Node node, StringBuilder out) {
        if (node instanceof Text || node instanceof HtmlEntity) {
            out.append(node.getChars().unescape());
        } else if (node instanceof HtmlInline || node instanceof HtmlInlineComment) {
            out.append(node.getChars());
        } else if (node instanceof Code code) {
            out.append(code.getText());
        } else if (node instanceof DelimitedLinkNode link) {
            out.append(link.getText().unescape());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        } else {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                collectText(child, out);
            }
        }
    }

    /** The paragraphs of a multi-paragraph text: split on blank lines, blank ones dropped. */
    public static List<String> paragraphs(String text) {
        return Arrays.stream(BLANK_LINES.split(HtmlText.clean(text).strip()))
                .filter(paragraph -> !paragraph.isBlank())
                .toList();
    }

    /** Renders paragraphs as their inline content only, and every kind of link under {@link LinkPolicy}. */
    private static final class SafeInlineRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Paragraph.class, (node, context, html) -> {
                        context.renderChildren(node);
                        html.raw("\n");
                    }),
                    new NodeRenderingHandler<>(Link.class, (node, context, html) ->
                            link(node.getUrl().unescape(), node.getTitle().unescape(), node, context, html)),
                    new NodeRenderingHandler<>(AutoLink.class, (node, context, html) ->
                            link(node.getText().unescape(), "", node, context, html)),
                    new NodeRenderingHandler<>(MailLink.class, (node, context, html) ->
                            link("mailto:" + node.getText().unescape(), "", node, context, html)),
                    new NodeRenderingHandler<>(Image.class, (node, context, html) -> context.renderChildren(node)),
                    new NodeRenderingHandler<>(ImageRef.class, (node, context, html) -> context.renderChildren(node)));
        }

        private static void link(String url, String title, Node node, NodeRendererContext context,
                                 HtmlWriter html) {
            boolean allowed = LinkPolicy.allows(url);
            if (allowed) {
                html.raw(HtmlLink.open(url, title.isBlank() ? url : title, ""));
            }
            if (node instanceof AutoLink || node instanceof MailLink) {
                html.text(((DelimitedLinkNode) node).getText().unescape());
            } else {
                context.renderChildren(node);
            }
            if (allowed) {
                html.raw("</a>");
            }
        }
    }
}
