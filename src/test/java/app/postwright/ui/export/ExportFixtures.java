package app.postwright.ui.export;

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

/** A posting with every detail and every section kind, including a hidden one and inline Markdown. */
final class ExportFixtures {
    private ExportFixtures() {
    }

    static Posting backendDeveloper() {
        PostingDetails details = PostingDetails.EMPTY
                .withTitle("Backend Systems Developer")
                .withCompany(new Company("Acme Systems", "https://acme.example", ""))
                .withDepartment("Platform")
                .withLocation(new Location("Berlin", "", "de"))
                .withWorkplaceType(WorkplaceType.HYBRID)
                .withEmploymentType(EmploymentType.FULL_TIME)
                .withSalary(new SalaryRange(new BigDecimal("70000"), new BigDecimal("90000"), "EUR", PayPeriod.YEAR))
                .withReportsTo("Head of Platform")
                .withDatePosted(LocalDate.of(2025, 3, 1))
                .withClosingDate(LocalDate.of(2025, 4, 15))
                .withHowToApply(new HowToApply("https://acme.example/jobs/42", "jobs@acme.example",
                        "Send your CV and a **short** note."));
        return new Posting(details, List.of(
                new TextSection("Job Brief", "We are seeking a *skilled* Backend Systems Developer.\n\n"
                        + "You will own [our APIs](https://acme.example/api) end to end."),
                new BulletSection("Responsibilities", List.of("Develop server-side logic",
                        "Optimize for **speed** and scalability", "Keep `main` green")),
                new BulletSection("Secret notes", false, List.of("Not for candidates"), Map.of()),
                new FieldsSection("Additional Information", List.of(
                        new Field("Work Environment", "Office-based with remote days"),
                        new Field("Employment Type", "Full-time"))),
                new FaqSection("FAQs", List.of(new Faq("Is the role remote?", "Hybrid: two days in Berlin.")))));
    }
}
