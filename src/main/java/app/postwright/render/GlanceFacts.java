package app.postwright.render;

import app.postwright.model.PostingDetails;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "at a glance" facts of a posting as label → HTML pairs, in reading order, leaving out what is not given.
 * Values are plain text (escaped here), except the company, linked to its website when that is a safe URL.
 */
final class GlanceFacts {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** One fact: a label, its value as plain text (to judge its direction) and as HTML. */
    record Fact(String label, String text, String html) {
    }

    private GlanceFacts() {
    }

    static List<Fact> of(PostingDetails details) {
        List<Fact> facts = new ArrayList<>();
        addText(facts, "Company", details.company().name(), WebAddress.normalise(details.company().website()));
        addText(facts, "Department", details.department(), "");
        addText(facts, "Location", details.location().display(), "");
        if (details.workplaceType() != null) {
            addText(facts, "Workplace", details.workplaceType().label(), "");
        }
        addText(facts, "Applicants from", String.join(", ", details.remoteRegions()), "");
        if (details.employmentType() != null) {
            addText(facts, "Employment type", details.employmentType().label(), "");
        }
        // "USD per year" with no amount tells a reader nothing, so the fact appears only once an amount is set.
        if (details.salary().minimum() != null || details.salary().maximum() != null) {
            addText(facts, "Salary", DetailsText.salary(details.salary()), "");
        }
        addText(facts, "Reports to", details.reportsTo(), "");
        addDate(facts, "Date posted", details.datePosted());
        addDate(facts, "Apply by", details.closingDate());
        return facts;
    }

    private static void addText(List<Fact> facts, String label, String value, String url) {
        String text = value.strip();
        if (text.isEmpty()) {
            return;
        }
        String html = HtmlText.escape(text);
        if (LinkPolicy.allows(url)) {
            html = HtmlLink.open(url, url, "") + html + "</a>";
        }
        facts.add(new Fact(label, text, html));
    }

    private static void addDate(List<Fact> facts, String label, LocalDate date) {
        if (date != null) {
            String text = DATE.format(date);
            facts.add(new Fact(label, text, "<time datetime=\"" + date + "\">" + text + "</time>"));
        }
    }
}
