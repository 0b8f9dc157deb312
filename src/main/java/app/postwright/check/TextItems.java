package app.postwright.check;

import app.postwright.model.BulletSection;
import app.postwright.model.FaqSection;
import app.postwright.model.FieldsSection;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.Section;
import app.postwright.model.TextSection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects every piece of text a posting publishes: details fields, then the visible sections in order. */
final class TextItems {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private TextItems() {
    }

    static List<TextItem> of(Posting posting) {
        List<TextItem> items = new ArrayList<>();
        addDetails(posting.details(), items);
        for (int s = 0; s < posting.sections().size(); s++) {
            Section section = posting.sections().get(s);
            if (section.visible()) {
                addSection(s, section, items);
            }
        }
        return List.copyOf(items);
    }

    private static void addDetails(PostingDetails details, List<TextItem> items) {
        TextItem.Kind prose = TextItem.Kind.DETAIL;
        TextItem.Kind name = TextItem.Kind.NAME;
        detail(prose, DetailsField.TITLE, details.title(), items);
        detail(name, DetailsField.COMPANY_NAME, details.company().name(), items);
        detail(name, DetailsField.DEPARTMENT, details.department(), items);
        detail(name, DetailsField.LOCATION_CITY, details.location().city(), items);
        detail(name, DetailsField.LOCATION_REGION, details.location().region(), items);
        detail(name, DetailsField.REPORTS_TO, details.reportsTo(), items);
        detail(name, DetailsField.HOW_TO_APPLY_URL, details.howToApply().url(), items);
        detail(name, DetailsField.HOW_TO_APPLY_EMAIL, details.howToApply().email(), items);
        detail(prose, DetailsField.HOW_TO_APPLY_INSTRUCTIONS, details.howToApply().instructions(), items);
    }

    private static void detail(TextItem.Kind kind, DetailsField field, String text, List<TextItem> items) {
        if (!text.isBlank()) {
            items.add(new TextItem(kind, -1, text, span -> new FindingLocation.Details(field, span)));
        }
    }

    private static void addSection(int s, Section section, List<TextItem> items) {
        part(TextItem.Kind.LABEL, s, SectionPart.HEADING, 0, section.heading(), items);
        section.accept(new Section.Visitor<Void>() {
            @Override
            public Void text(TextSection text) {
                paragraphs(s, SectionPart.PARAGRAPH, 0, text.text(), items);
                return null;
            }

            @Override
            public Void bullets(BulletSection bullets) {
                for (int i = 0; i < bullets.items().size(); i++) {
                    part(TextItem.Kind.BODY, s, SectionPart.BULLET, i, bullets.items().get(i), items);
                }
                return null;
            }

            @Override
            public Void fields(FieldsSection fields) {
                for (int i = 0; i < fields.fields().size(); i++) {
                    part(TextItem.Kind.LABEL, s, SectionPart.FIELD_KEY, i, fields.fields().get(i).key(), items);
                    part(TextItem.Kind.BODY, s, SectionPart.FIELD_VALUE, i, fields.fields().get(i).value(), items);
                }
                return null;
            }

            @Override
            public Void faq(FaqSection faq) {
                for (int i = 0; i < faq.entries().size(); i++) {
                    part(TextItem.Kind.LABEL, s, SectionPart.FAQ_QUESTION, i, faq.entries().get(i).question(), items);
                    paragraphs(s, SectionPart.FAQ_ANSWER, i, faq.entries().get(i).answer(), items);
                }
                return null;
            }
        });
    }

    private static void part(TextItem.Kind kind, int s, SectionPart part, int item, String text,
                             List<TextItem> items) {
        if (!text.isBlank()) {
            items.add(new TextItem(kind, s, text, span -> new FindingLocation.InSection(s, part, item, span)));
        }
    }

    /**
     * One item per paragraph, so sentences never run across paragraphs; spans are shifted back onto the whole text
     * because the editor edits it in one text area. A text section's item index is the paragraph number; an FAQ
     * answer keeps its entry number.
     */
    private static void paragraphs(int s, SectionPart part, int entry, String text, List<TextItem> items) {
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        int start = 0;
        int paragraph = 0;
        while (start <= text.length()) {
            boolean found = breaks.find();
            int end = found ? breaks.start() : text.length();
            String body = text.substring(start, end);
            if (!body.isBlank()) {
                int offset = start;
                int item = part == SectionPart.PARAGRAPH ? paragraph : entry;
                items.add(new TextItem(TextItem.Kind.BODY, s, body,
                        span -> new FindingLocation.InSection(s, part, item, span.shift(offset))));
                paragraph++;
            }
            if (!found) {
                break;
            }
            start = breaks.end();
        }
    }
}
