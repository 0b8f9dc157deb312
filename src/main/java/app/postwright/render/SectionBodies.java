package app.postwright.render;

import app.postwright.model.BulletSection;
import app.postwright.model.Faq;
import app.postwright.model.FaqSection;
import app.postwright.model.Field;
import app.postwright.model.FieldsSection;
import app.postwright.model.Section;
import app.postwright.model.TextSection;

/**
 * The HTML under a section's heading, one method per section kind: text → paragraphs, bullets → {@code ul},
 * fields → {@code dl}, FAQ → {@code h3} question with answer paragraphs. Empty items are left out. Each block
 * carries its own direction where its text runs against the document's (see {@link TextDirection}).
 */
final class SectionBodies implements Section.Visitor<String> {
    private final InlineMarkdown markdown;
    private final boolean documentRtl;

    SectionBodies(InlineMarkdown markdown, boolean documentRtl) {
        this.markdown = markdown;
        this.documentRtl = documentRtl;
    }

    @Override
    public String text(TextSection section) {
        return paragraphs(section.text());
    }

    @Override
    public String bullets(BulletSection section) {
        StringBuilder html = new StringBuilder();
        for (String item : section.items()) {
            if (!item.isBlank()) {
                html.append(block("li", item));
            }
        }
        return html.isEmpty() ? "" : "<ul>\n" + html + "</ul>\n";
    }

    @Override
    public String fields(FieldsSection section) {
        StringBuilder html = new StringBuilder();
        for (Field field : section.fields()) {
            if (field.key().isBlank() && field.value().isBlank()) {
                continue;
            }
            html.append("<div class=\"field\">").append(block("dt", field.key()).strip())
                    .append(block("dd", field.value()).strip()).append("</div>\n");
        }
        return html.isEmpty() ? "" : "<dl class=\"fields\">\n" + html + "</dl>\n";
    }

    @Override
    public String faq(FaqSection section) {
        StringBuilder html = new StringBuilder();
        for (Faq entry : section.entries()) {
            if (entry.question().isBlank() && entry.answer().isBlank()) {
                continue;
            }
            html.append("<div class=\"faq\">\n").append(block("h3", entry.question()))
                    .append(paragraphs(entry.answer()))
                    .append("</div>\n");
        }
        return html.toString();
    }

    /** Paragraphs of inline Markdown separated by blank lines, each in its own {@code p}. */
    String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : InlineMarkdown.paragraphs(text)) {
            html.append(block("p", paragraph));
        }
        return html.toString();
    }

    /** One element holding one piece of inline Markdown, followed by a line break. */
    String block(String tag, String markdownText) {
        return "<" + tag + TextDirection.attribute(markdownText, documentRtl) + ">" + markdown.toHtml(markdownText)
                + "</" + tag + ">\n";
    }
}
