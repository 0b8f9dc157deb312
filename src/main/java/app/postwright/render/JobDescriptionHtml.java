package app.postwright.render;

import app.postwright.model.BulletSection;
import app.postwright.model.Faq;
import app.postwright.model.FaqSection;
import app.postwright.model.Field;
import app.postwright.model.FieldsSection;
import app.postwright.model.Posting;
import app.postwright.model.Section;
import app.postwright.model.TextSection;

import java.util.List;

/**
 * The JobPosting "description": the visible sections as HTML limited to the tags Google for Jobs accepts (p, ul, li,
 * h2–h4, strong, em, br). Links keep their text only, because the description may not contain anchors.
 */
final class JobDescriptionHtml {
    private JobDescriptionHtml() {
    }

    static String of(Posting posting) {
        StringBuilder html = new StringBuilder();
        for (Section section : posting.visibleSections()) {
            if (!section.heading().isBlank()) {
                html.append("<h2>").append(inline(section.heading())).append("</h2>");
            }
            section.accept(new Section.Visitor<Void>() {
                @Override
                public Void text(TextSection text) {
                    paragraphs(text.text(), html);
                    return null;
                }

                @Override
                public Void bullets(BulletSection bullets) {
                    list(bullets.items(), html);
                    return null;
                }

                @Override
                public Void fields(FieldsSection fields) {
                    html.append("<ul>");
                    for (Field field : fields.fields()) {
                        html.append("<li><strong>").append(inline(field.key())).append(":</strong> ")
                                .append(inline(field.value())).append("</li>");
                    }
                    html.append("</ul>");
                    return null;
                }

                @Override
                public Void faq(FaqSection faq) {
                    for (Faq entry : faq.entries()) {
                        html.append("<h3>").append(inline(entry.question())).append("</h3>");
                        paragraphs(entry.answer(), html);
                    }
                    return null;
                }
            });
        }
        String instructions = posting.details().howToApply().instructions();
        if (!instructions.isBlank()) {
            html.append("<h2>How to apply</h2>");
            paragraphs(instructions, html);
        }
        return html.toString();
    }

    private static void list(List<String> items, StringBuilder html) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<ul>");
        items.forEach(item -> html.append("<li>").append(inline(item)).append("</li>"));
        html.append("</ul>");
    }

    private static void paragraphs(String text, StringBuilder html) {
        for (String paragraph : InlineMarkdown.paragraphs(text)) {
            html.append("<p>").append(inline(paragraph.strip())).append("</p>");
        }
    }

    /** Inline Markdown as escaped text with strong/em; line breaks inside a paragraph become br. */
    static String inline(String markdown) {
        if (!InlineSyntax.mayHoldSyntax(markdown)) {
            return HtmlText.escape(InlineText.plainOfText(markdown)); // no styles, no line breaks to find
        }
        InlineText text = InlineText.parse(markdown);
        String plain = text.plain();
        StringBuilder html = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        for (int i = 0; i < plain.length(); i++) {
            if (text.isBold(i) != bold || text.isItalic(i) != italic) {
                close(bold, italic, html);
                bold = text.isBold(i);
                italic = text.isItalic(i);
                open(bold, italic, html);
            }
            appendEscaped(plain.charAt(i), html);
        }
        close(bold, italic, html);
        return html.toString();
    }

    private static void open(boolean bold, boolean italic, StringBuilder html) {
        html.append(bold ? "<strong>" : "").append(italic ? "<em>" : "");
    }

    private static void close(boolean bold, boolean italic, StringBuilder html) {
        html.append(italic ? "</em>" : "").append(bold ? "</strong>" : "");
    }

    private static void appendEscaped(char c, StringBuilder html) {
        switch (c) {
            case '&' -> html.append("&amp;");
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '"' -> html.append("&quot;");
            case '\n' -> html.append("<br>");
            default -> html.append(c);
        }
    }
}
