package app.postwright.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;

import java.util.Arrays;

/**
 * Inline Markdown reduced to the text a reader sees, remembering for every visible character the raw characters it
 * came from and whether it is bold or italic. Checks match words on the plain text and report spans on the raw text
 * the editor shows; the JSON-LD description keeps only the bold/italic styles; {@link InlineMarkdown#toPlainText}
 * is this text with whitespace collapsed.
 * <p>
 * The reading is flexmark's, with the parser {@link InlineMarkdown} renders from ({@link InlineSyntax}), walked the
 * way that renderer shows each node: escapes and entities as the character they stand for, code spans with their
 * whitespace collapsed, links and images as their text, undefined references and raw HTML as typed. Line breaks
 * read as "\n", a blank line between paragraphs as "\n\n".
 */
public final class InlineText {
    private static final int BOLD = 1;
    private static final int ITALIC = 2;

    private final String raw;
    private final StringBuilder plain;
    /** Raw characters [rawStart[i], rawEnd[i]) show as plain character i. */
    private int[] rawStart;
    private int[] rawEnd;
    private int[] styles;

    private InlineText(String raw) {
        this.raw = raw;
        plain = new StringBuilder(raw.length());
        int capacity = Math.max(16, raw.length());
        rawStart = new int[capacity];
        rawEnd = new int[capacity];
        styles = new int[capacity];
    }

    public static InlineText parse(String raw) {
        InlineText text = new InlineText(raw);
        if (InlineSyntax.mayHoldSyntax(raw)) {
            text.paragraphs(InlineSyntax.PARSER.parse(raw));
        } else {
            text.asTyped(raw);
        }
        return text;
    }

    /** The visible text. */
    public String plain() {
        return plain.toString();
    }

    /** The raw-text span covering the visible characters [plainStart, plainEnd). */
    public Span rawSpan(int plainStart, int plainEnd) {
        if (plainEnd <= plainStart) {
            int at = plainStart < plain.length() ? rawStart[plainStart] : raw.length();
            return new Span(at, at);
        }
        return new Span(rawStart[plainStart], rawEnd[plainEnd - 1]);
    }

    public boolean isBold(int plainIndex) {
        return (styles[plainIndex] & BOLD) != 0;
    }

    public boolean isItalic(int plainIndex) {
        return (styles[plainIndex] & ITALIC) != 0;
    }

    /** Text without syntax: a paragraph that is one Text node, so only the blanks flexmark trims are dropped. */
    private void asTyped(String text) {
        int start = firstNonBlank(text);
        int end = endOfNonBlank(text);
        for (int i = start; i < end; i++) {
            append(text.charAt(i), i, i + 1, 0);
        }
    }

    /** Text without syntax as a reader sees it: {@code text} without the spaces and tabs at its edges. */
    static String plainOfText(String text) {
        return text.substring(firstNonBlank(text), endOfNonBlank(text));
    }

    private static int firstNonBlank(String text) {
        int start = 0;
        while (start < text.length() && isBlank(text.charAt(start))) {
            start++;
        }
        return start;
    }

    private static int endOfNonBlank(String text) {
        int end = text.length();
        while (end > 0 && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return Math.max(end, firstNonBlank(text));
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private void paragraphs(Node document) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Paragraph && block.hasChildren()) {
                if (!plain.isEmpty()) {
                    int gapEnd = block.getStartOffset();
                    int gapStart = Math.min(rawEnd[plain.length() - 1], gapEnd);
                    append('\n', gapStart, gapEnd, 0);
                    append('\n', gapStart, gapEnd, 0);
                }
                children(block, 0);
            }
        }
    }

    private void children(Node parent, int style) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            inline(child, style);
        }
    }

    /** Appends {@code node} as {@link InlineMarkdown}'s renderer shows it. */
    private void inline(Node node, int style) {
        if (node instanceof Text || node instanceof HtmlEntity) {
            unescaped(node.getChars(), style);
        } else if (node instanceof HtmlInline || node instanceof HtmlInlineComment) {
            asIs(node.getChars(), style);
        } else if (node instanceof Code code) {
            codeSpan(code.getText(), style);
        } else if (node instanceof DelimitedLinkNode link) {
            unescaped(link.getText(), style);
        } else if (node instanceof LinkRef reference) {
            undefinedReference(reference, style);
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            append('\n', node.getStartOffset(), node.getEndOffset(), style);
        } else if (node instanceof StrongEmphasis) {
            children(node, style | BOLD);
        } else if (node instanceof Emphasis) {
            children(node, style | ITALIC);
        } else {
            children(node, style);
        }
    }

    /**
     * No reference can be defined (their parser is off), so flexmark shows a {@code [text]} or {@code [text][ref]}
     * as typed, with the text's own syntax applied: the brackets and the "[ref]" part read as text.
     */
    private void undefinedReference(LinkRef reference, int style) {
        BasedSequence chars = reference.getChars();
        if (!reference.hasChildren()) {
            unescaped(chars, style);
            return;
        }
        unescaped(chars.baseSubSequence(chars.getStartOffset(), reference.getFirstChild().getStartOffset()), style);
        children(reference, style);
        unescaped(chars.baseSubSequence(reference.getLastChild().getEndOffset(), chars.getEndOffset()), style);
    }

    /** A code span shows its text with whitespace runs collapsed to one space and the ends trimmed. */
    private void codeSpan(BasedSequence text, int style) {
        ReplacedTextMapper mapper = new ReplacedTextMapper(text);
        BasedSequence collapsed = Escaping.collapseWhitespace(text, mapper);
        int from = 0;
        int to = collapsed.length();
        while (from < to && collapsed.charAt(from) == ' ') {
            from++;
        }
        while (to > from && collapsed.charAt(to - 1) == ' ') {
            to--;
        }
        shown(text, collapsed, mapper, from, to, style);
    }

    private void asIs(BasedSequence chars, int style) {
        int offset = chars.getStartOffset();
        for (int i = 0; i < chars.length(); i++) {
            append(chars.charAt(i), offset + i, offset + i + 1, style);
        }
    }

    /**
     * Appends {@code source} as shown, with its escapes and entities replaced by what they stand for. flexmark
     * 0.64.8's offset-keeping unescape writes a numeric entity as "[A]" instead of "A"; when its text differs from
     * the plain unescape the renderer uses, the plain text is kept and every character maps to all of {@code source}.
     */
    private void unescaped(BasedSequence source, int style) {
        if (source.indexOf('\\') < 0 && source.indexOf('&') < 0) {
            asIs(source, style);
            return;
        }
        ReplacedTextMapper mapper = new ReplacedTextMapper(source);
        BasedSequence shown = Escaping.unescape(source, mapper);
        String expected = source.unescape();
        if (shown.toString().equals(expected)) {
            shown(source, shown, mapper, 0, shown.length(), style);
        } else {
            for (int i = 0; i < expected.length(); i++) {
                append(expected.charAt(i), source.getStartOffset(), source.getEndOffset(), style);
            }
        }
    }

    /**
     * Appends {@code shown[from, to)}, which flexmark made from {@code source} by replacing parts of it (escapes,
     * entities, whitespace runs); each shown character maps to the source characters it replaced.
     */
    private void shown(BasedSequence source, BasedSequence shown, ReplacedTextMapper mapper, int from, int to,
                       int style) {
        int base = source.getStartOffset();
        int i = from;
        while (i < to) {
            int start = mapper.originalOffset(i);
            int next = i + 1;
            while (next < shown.length() && mapper.originalOffset(next) == start) {
                next++;
            }
            int end = next < shown.length() ? mapper.originalOffset(next) : source.length();
            for (; i < next && i < to; i++) {
                append(shown.charAt(i), base + start, base + end, style);
            }
        }
    }

    private void append(char c, int start, int end, int style) {
        int index = plain.length();
        if (index == rawStart.length) {
            rawStart = Arrays.copyOf(rawStart, index * 2);
            rawEnd = Arrays.copyOf(rawEnd, index * 2);
            styles = Arrays.copyOf(styles, index * 2);
        }
        rawStart[index] = start;
        rawEnd[index] = end;
        styles[index] = style;
        plain.append(c);
    }
}
