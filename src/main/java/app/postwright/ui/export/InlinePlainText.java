package app.postwright.ui.export;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Inline Markdown → readable plain text for the clipboard: emphasis markers and escapes go, a link keeps its URL in
 * parentheses ("Apply [here](https://x.io)" → "Apply here (https://x.io)") because pasted plain text has no links.
 * {@code check.InlineText} is not used here because it keeps only a link's text: right for matching words, wrong
 * for a reader who needs the address.
 */
final class InlinePlainText {
    private static final Parser PARSER = Parser.builder().build();

    private InlinePlainText() {
    }

    static String of(String markdown) {
        StringBuilder out = new StringBuilder();
        appendChildren(PARSER.parse(markdown), out);
        return out.toString().strip();
    }

    private static void appendChildren(Node parent, StringBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            append(node, out);
        }
    }

    private static void append(Node node, StringBuilder out) {
        if (node instanceof Block && out.length() > 0 && node.getPrevious() != null) {
            out.append("\n\n");
        }
        if (node instanceof Link link) {
            int start = out.length();
            appendChildren(link, out);
            String url = link.getUrl().toString();
            if (!url.isEmpty() && !out.substring(start).equals(url)) {
                out.append(" (").append(url).append(')');
            }
        } else if (node instanceof DelimitedLinkNode autoLink) {
            // <https://x.io> and <jobs@x.io>: the address is the text.
            out.append(autoLink.getText().unescape());
        } else if (node instanceof Image image) {
            out.append(image.getText().unescape());
        } else if (node instanceof Code code) {
            out.append(code.getText());
        } else if (node instanceof SoftLineBreak) {
            out.append(' ');
        } else if (node instanceof HardLineBreak) {
            out.append('\n');
        } else if (node.hasChildren()) {
            appendChildren(node, out);
        } else {
            // Text, HTML entities and inline HTML typed by the user: their characters, escapes resolved.
            out.append(node.getChars().unescape());
        }
    }
}
