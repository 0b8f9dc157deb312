package app.postwright.draft;

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

/** Postings built in code for codec tests: one of every section kind and every details field set. */
final class SamplePostings {
    private SamplePostings() {
    }

    static Posting full() {
        PostingDetails details = new PostingDetails("Backend Developer", new Company("Acme", "https://acme.example", ""),
                "Engineering", new Location("Berlin", "BE", "de"), WorkplaceType.HYBRID, List.of("DE", "AT"),
                EmploymentType.PER_DIEM, new SalaryRange(new BigDecimal("90000.00"), new BigDecimal("1.2E+5"), "eur",
                PayPeriod.YEAR), "Head of Engineering", LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 1),
                new HowToApply("https://acme.example/jobs", "jobs@acme.example", "Send a **short** note."), "en-GB",
                Map.of());
        return new Posting(details, List.of(
                new TextSection("Job Brief", "We build things.\n\nYou help, with *care*."),
                new BulletSection("Responsibilities", false, List.of("Write code", "Review code — ünïcödé ✓"), Map.of()),
                new FieldsSection("Additional Information", List.of(new Field("Location", "[City, State]"))),
                new FaqSection("FAQs", List.of(new Faq("Is it remote?", "Partly.")))),
                List.of("passive-voice:3"), Map.of());
    }
}
