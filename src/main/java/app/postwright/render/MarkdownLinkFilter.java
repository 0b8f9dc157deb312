package app.postwright.render;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Makes the Markdown export show what the HTML export shows: a link whose target {@link LinkPolicy} refuses becomes
 * its text, an image becomes its alt text. Without this, {@code [click](javascript:alert(1))} or a tracking image
 * written by a user (or brought in by import) would come alive in whatever renders the exported Markdown, although
 * {@link InlineMarkdown} drops them from the HTML. It reads text with {@link InlineSyntax}, as the HTML side does.
 * Thread-safe.
 */
final class MarkdownLinkFilter {
    private MarkdownLinkFilter() {
    }

    /** {@code markdown} with refused links and all images reduced to their text. */
    static String filter(String markdown) {
        if (!markdown.contains("](")) {
            return markdown;
        }
        // A link's text may itself hold an image or a link; each pass unwraps the outermost layer.
        String text = markdown;
        for (String next = unwrapOnce(text); !next.equals(text); next = unwrapOnce(text)) {
            text = next;
        }
        return text;
    }

    private static String unwrapOnce(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        int copied = unwrap(InlineSyntax.PARSER.parse(markdown), markdown, 0, out);
        return out.append(markdown, copied, markdown.length()).toString();
    }

    /** Appends the source up to each node to unwrap and its text instead; returns how far the source is copied. */
    private static int unwrap(Node node, String source, int copied, StringBuilder out) {
        int done = copied;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            BasedSequence text = replacementText(child);
            if (text != null) {
                out.append(source, done, child.getStartOffset()).append(text);
                done = child.getEndOffset();
            } else {
                done = unwrap(child, source, done, out);
            }
        }
        return done;
    }

    /** The text that replaces {@code node}, or null to keep it. */
    private static BasedSequence replacementText(Node node) {
        if (node instanceof Image image) {
            return image.getText();
        }
        if (node instanceof ImageRef image) {
            return image.getText();
        }
        if (node instanceof Link link && !LinkPolicy.allows(link.getUrl().unescape())) {
            return link.getText();
        }
        return null;
    }
}
