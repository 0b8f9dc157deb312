package app.postwright.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The inline Markdown every user text may hold (bold, italic, code, links) → safe HTML, and → plain text for
 * meta descriptions, word counts and checks. The syntax is {@link InlineSyntax}'s: no block syntax, raw HTML
 * escaped, never passed through. Links survive only when {@link LinkPolicy} allows their target, otherwise
 * their text is kept; images are reduced to their alt text, so an export never makes a request. Thread-safe.
 */
public final class InlineMarkdown {
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final HtmlRenderer renderer = HtmlRenderer.builder(InlineSyntax.OPTIONS)
            .nodeRendererFactory(data -> new SafeInlineRenderer())
            .build();

    /** One paragraph (or one bullet, one field value) of inline Markdown as HTML without a wrapping element. */
    public String toHtml(String markdown) {
        String text = HtmlText.clean(markdown);
        if (!InlineSyntax.mayHoldSyntax(text)) {
            return HtmlText.escape(text.strip());
        }
        return renderer.render(InlineSyntax.PARSER.parse(text)).strip();
    }

    /**
     * The text a reader sees, without Markdown syntax; whitespace (line breaks included) collapsed to spaces. The
     * same reading as the checks' {@link InlineText}, so both agree on every character.
     */
    public String toPlainText(String markdown) {
        return WHITESPACE.matcher(InlineText.parse(HtmlText.clean(markdown)).plain()).replaceAll(" ").strip();
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
