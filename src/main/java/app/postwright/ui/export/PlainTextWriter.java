package app.postwright.ui.export;

import app.postwright.model.BulletSection;
import app.postwright.model.Faq;
import app.postwright.model.FaqSection;
import app.postwright.model.Field;
import app.postwright.model.FieldsSection;
import app.postwright.model.HowToApply;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.Section;
import app.postwright.model.TextSection;
import app.postwright.model.WorkplaceType;
import app.postwright.render.DetailsText;

import java.util.ArrayList;
import java.util.List;

/**
 * Posting → plain text for the clipboard, built from the model (not by stripping HTML) so that it reads well where
 * rich text is not accepted: the title, "Key: value" details, each visible section under its heading with "• "
 * bullets, "Key: value" fields and "Q:"/"A:" pairs, then how to apply. Blocks are separated by one blank line.
 */
final class PlainTextWriter implements Section.Visitor<List<String>> {
    private static final String BULLET = "• ";

    String write(Posting posting) {
        List<String> blocks = new ArrayList<>();
        PostingDetails details = posting.details();
        if (!details.title().isBlank()) {
            blocks.add(details.title().strip());
        }
        addIfPresent(blocks, String.join("\n", detailLines(details)));
        for (Section section : posting.visibleSections()) {
            List<String> body = section.accept(this);
            if (!section.heading().isBlank()) {
                body.add(0, section.heading().strip());
            }
            addIfPresent(blocks, String.join("\n", body));
        }
        addIfPresent(blocks, howToApply(details.howToApply()));
        return String.join("\n\n", blocks) + "\n";
    }

    private static List<String> detailLines(PostingDetails details) {
        List<String> lines = new ArrayList<>();
        addLine(lines, "Company", details.company().name());
        addLine(lines, "Department", details.department());
        addLine(lines, "Location", details.location().display());
        if (details.workplaceType() != null) {
            addLine(lines, "Workplace", details.workplaceType().label());
        }
        if (details.workplaceType() == WorkplaceType.REMOTE) {
            addLine(lines, "Applicants from", String.join(", ", details.remoteRegions()));
        }
        if (details.employmentType() != null) {
            addLine(lines, "Employment type", details.employmentType().label());
        }
        addLine(lines, "Salary", DetailsText.salary(details.salary()));
        addLine(lines, "Reports to", details.reportsTo());
        addLine(lines, "Date posted", DetailsText.date(details.datePosted()));
        addLine(lines, "Apply by", DetailsText.date(details.closingDate()));
        return lines;
    }

    @Override
    public List<String> text(TextSection section) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : section.text().split("\\n\\s*\\n")) {
            String plain = InlinePlainText.of(paragraph);
            if (!plain.isEmpty()) {
                // A blank line between paragraphs, none before the first.
                if (!lines.isEmpty()) {
                    lines.add("");
                }
                lines.add(plain);
            }
        }
        return lines;
    }

    @Override
    public List<String> bullets(BulletSection section) {
        List<String> lines = new ArrayList<>();
        for (String item : section.items()) {
            String plain = InlinePlainText.of(item);
            if (!plain.isEmpty()) {
                lines.add(BULLET + plain);
            }
        }
        return lines;
    }

    @Override
    public List<String> fields(FieldsSection section) {
        List<String> lines = new ArrayList<>();
        for (Field field : section.fields()) {
            addLine(lines, InlinePlainText.of(field.key()), InlinePlainText.of(field.value()));
        }
        return lines;
    }

    @Override
    public List<String> faq(FaqSection section) {
        List<String> lines = new ArrayList<>();
        for (Faq entry : section.entries()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add("Q: " + InlinePlainText.of(entry.question()));
            lines.add("A: " + InlinePlainText.of(entry.answer()));
        }
        return lines;
    }

    private static String howToApply(HowToApply apply) {
        if (apply.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add("How to apply");
        String instructions = InlinePlainText.of(apply.instructions());
        if (!instructions.isEmpty()) {
            lines.add(instructions);
        }
        addLine(lines, "Apply online", apply.url());
        addLine(lines, "Email", apply.email());
        return String.join("\n", lines);
    }

    private static void addLine(List<String> lines, String key, String value) {
        if (!value.isBlank()) {
            lines.add(key.isBlank() ? value.strip() : key.strip() + ": " + value.strip());
        }
    }

    private static void addIfPresent(List<String> blocks, String block) {
        if (!block.isBlank()) {
            blocks.add(block);
        }
    }
}
