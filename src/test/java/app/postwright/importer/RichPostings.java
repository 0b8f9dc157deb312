package app.postwright.importer;

import app.postwright.model.BulletSection;
import app.postwright.model.Company;
import app.postwright.model.EmploymentType;
import app.postwright.model.Faq;
import app.postwright.model.FaqSection;
import app.postwright.model.Field;
import app.postwright.model.FieldsSection;
import app.postwright.model.HowToApply;
import app.postwright.model.Location;
import app.postwright.model.PayPeriod;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.SalaryRange;
import app.postwright.model.TextSection;
import app.postwright.model.WorkplaceType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Postings that use every feature the Markdown format has to carry, for round-trip tests. */
final class RichPostings {
    private RichPostings() {
    }

    static PostingDetails allDetails() {
        return new PostingDetails("Senior Backend Engineer (Payments) [m/f/d]",
                new Company("Acme & Söhne <GmbH>", "https://acme.example/careers?x=1&y=2", "assets/logo acme.png"),
                "Platform | Payments", new Location("Zürich", "ZH", "ch"), WorkplaceType.REMOTE,
                List.of("CH", "DE", "Bonaire, Sint Eustatius and Saba"), EmploymentType.PER_DIEM,
                new SalaryRange(new BigDecimal("95000.50"), new BigDecimal("120000.125"), "CHF", PayPeriod.YEAR),
                "Head of *Engineering*", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30),
                new HowToApply("https://acme.example/apply", "jobs@acme.example",
                        "Send your **CV** and a short note.\n\nWe reply within 5 days; <no> agencies please."),
                "de-CH", Map.of());
    }

    static Posting rich() {
        return new Posting(allDetails(), List.of(
                new TextSection("Job Brief", "We build **payments** for _everyone_ — see "
                        + "[our blog](https://acme.example/blog).\n"
                        + "Second line of the first paragraph.\n\nA second paragraph with 5 < 6 and a * star, "
                        + "# hash, | pipe and a trailing #"),
                new BulletSection("Duties and Responsibilities", List.of("Own the **ledger** service",
                        "Review code: carefully", "- starts with a dash", "1. starts like a numbered item",
                        "# starts like a heading", "> starts like a quote", "<script>alert(1)</script>",
                        "Ümlauts, 中文, العربية, emoji 🚀", "a | b | c", "*emphasis* at the start", "")),
                new BulletSection("Perks", List.of("Remote: yes", "Budget: 1000 EUR", "**Bold:** also a look-alike")),
                new FieldsSection("Additional Information", List.of(new Field("Job Title", "Senior Backend Engineer"),
                        new Field("Work Environment", "Remote | hybrid, with <b>tags</b>"),
                        new Field("Key: with colon", "value with **bold** and [link](https://x.example)"),
                        new Field("", ""))),
                new FaqSection("FAQs", true, List.of(
                        new Faq("Do you sponsor visas?", "Yes.\n\nFor EU citizens no visa is needed."),
                        new Faq("What about <html>?", "- not a list\n# not a heading"),
                        new Faq("Question without mark", ""),
                        new Faq("Issue #", "C# and F#")), Map.of()),
                new TextSection("Empty text", ""),
                new BulletSection("Empty bullets", List.of()),
                new FieldsSection("Empty fields", List.of()),
                new FaqSection("Empty FAQ", true, List.of(), Map.of()),
                new BulletSection("Benefits", List.of()),
                new TextSection("Benefits text", "&lt; is how HTML writes <, &amp; is &"),
                new TextSection("", "A section without a heading."),
                new TextSection("Salary", ""),
                new TextSection("How to Apply", "A user section that happens to share the heading.")));
    }
}
