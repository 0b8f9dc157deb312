package app.postwright.render;

import app.postwright.model.BulletSection;
import app.postwright.model.Faq;
import app.postwright.model.FaqSection;
import app.postwright.model.Field;
import app.postwright.model.FieldsSection;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.Section;
import app.postwright.model.StandardSection;
import app.postwright.model.TextSection;

/**
 * Posting → clean CommonMark (GFM tables for key–value fields). The importer reads this output back into an
 * equal posting. Thread-safe.
 *
 * <p>Layout: {@code # Title}; the set details as "- **Label:** value" lines ({@link DetailField}); each visible
 * section as {@code ## Heading} followed by its paragraphs, "- item" bullets, a two-column table of fields, or
 * {@code ### Question} plus answer paragraphs; finally the how-to-apply lines under "## How to Apply". User
 * text is escaped by {@link MarkdownEscaping}, so no raw HTML is ever written.
 */
public final class MarkdownWriter {

    public String write(Posting posting) {
        StringBuilder out = new StringBuilder(4096);
        PostingDetails details = posting.details();
        appendHeading(out, "#", details.title());
        appendDetailLines(out, details, DetailField.Group.DETAILS);
        for (Section section : posting.visibleSections()) {
            appendHeading(out, "##", section.heading());
            section.accept(new SectionBody(out));
        }
        if (!details.howToApply().isEmpty()) {
            appendHeading(out, "##", DetailField.HOW_TO_APPLY_HEADING);
            appendDetailLines(out, details, DetailField.Group.HOW_TO_APPLY);
        }
        return out.toString();
    }

    private static void appendHeading(StringBuilder out, String marker, String text) {
        String heading = MarkdownEscaping.heading(text);
        out.append(marker).append(heading.isEmpty() ? "" : " ").append(heading).append("\n\n");
    }

    private static void appendDetailLines(StringBuilder out, PostingDetails details, DetailField.Group group) {
        boolean any = false;
        for (DetailField field : DetailField.values()) {
            String value = field.text(details);
            if (field.group() == group && !value.isEmpty()) {
                appendItem(out, MarkdownFormat.labelled(field.label(), value));
                any = true;
            }
        }
        if (any) {
            out.append('\n');
        }
    }

    /** One "- " item; further lines and paragraphs are indented so they stay inside the item. */
    private static void appendItem(StringBuilder out, String text) {
        String[] lines = MarkdownEscaping.block(text).split("\n", -1);
        out.append('-');
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            if (!lines[i].isEmpty()) {
                out.append(i == 0 ? " " : "  ").append(lines[i]);
            }
        }
        out.append('\n');
    }

    private static void appendParagraphs(StringBuilder out, String text) {
        if (!text.isEmpty()) {
            out.append(MarkdownEscaping.block(text)).append("\n\n");
        }
    }

    /** Writes one section's body; an empty one gets a kind marker when its heading would suggest another kind. */
    private record SectionBody(StringBuilder out) implements Section.Visitor<Void> {

        @Override
        public Void text(TextSection section) {
            if (section.text().isEmpty()) {
                markEmpty(section, StandardSection.Kind.TEXT);
            }
            appendParagraphs(out, section.text());
            return null;
        }

        @Override
        public Void bullets(BulletSection section) {
            if (section.items().isEmpty()) {
                markEmpty(section, StandardSection.Kind.BULLETS);
                return null;
            }
            // Only a list whose every item reads "Key: value" would come back as fields; escape just those.
            boolean looksLikeFields = section.items().stream()
                    .allMatch(item -> MarkdownFormat.keyValue(item).isPresent());
            for (String item : section.items()) {
                appendItem(out, looksLikeFields ? MarkdownFormat.escapeKeyValue(item) : item);
            }
            out.append('\n');
            return null;
        }

        @Override
        public Void fields(FieldsSection section) {
            if (section.fields().isEmpty()) {
                markEmpty(section, StandardSection.Kind.FIELDS);
                return null;
            }
            out.append("| ").append(MarkdownFormat.FIELD_COLUMN).append(" | ").append(MarkdownFormat.VALUE_COLUMN)
                    .append(" |\n| --- | --- |\n");
            for (Field field : section.fields()) {
                out.append("| ").append(MarkdownEscaping.cell(field.key())).append(" | ")
                        .append(MarkdownEscaping.cell(field.value())).append(" |\n");
            }
            out.append('\n');
            return null;
        }

        @Override
        public Void faq(FaqSection section) {
            if (section.entries().isEmpty()) {
                markEmpty(section, StandardSection.Kind.FAQ);
            }
            for (Faq entry : section.entries()) {
                appendHeading(out, "###", entry.question());
                appendParagraphs(out, entry.answer());
            }
            return null;
        }

        private void markEmpty(Section section, StandardSection.Kind kind) {
            if (MarkdownFormat.inferredKind(section.heading()) != kind) {
                out.append(MarkdownFormat.marker(kind)).append("\n\n");
            }
        }
    }
}
