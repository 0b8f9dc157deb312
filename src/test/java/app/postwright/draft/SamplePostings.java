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
import app.postwright.model.Section;
import app.postwright.model.TextSection;
import app.postwright.model.WorkplaceType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Postings built in code for codec tests: one of every section kind and every details field set. */
final class SamplePostings {
    private SamplePostings() {
    }

    static Posting full() {
        Company company = new Company("Acme", "https://acme.example", "");
        PostingDetails details = new PostingDetails("Backend Developer", company, "Engineering",
                new Location("Berlin", "BE", "de"), WorkplaceType.HYBRID, List.of("DE", "AT"),
                EmploymentType.PER_DIEM, new SalaryRange(new BigDecimal("90000.00"), new BigDecimal("1.2E+5"), "eur",
                PayPeriod.YEAR), "Head of Engineering", LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 1),
                new HowToApply("https://acme.example/jobs", "jobs@acme.example", "Send a **short** note."), "en-GB",
                Map.of());
        return new Posting(details, List.of(
                new TextSection("Job Brief", "We build things.\n\nYou help, with *care*."),
                new BulletSection("Responsibilities", false, List.of("Write code", "Review code — ünïcödé ✓"),
                        Map.of()),
                new FieldsSection("Additional Information", List.of(new Field("Location", "[City, State]"))),
                new FaqSection("FAQs", List.of(new Faq("Is it remote?", "Partly.")))),
                List.of("passive-voice:3"), Map.of());
    }

    /** {@link #full()} with keys unknown to this version at the top level, in details and in every section. */
    static Posting withUnknownFields() {
        Posting full = full();
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("futureTop", Map.of("nested", List.of(1, "two", true)));
        top.put("futureNull", null);
        Map<String, Object> detailExtra = Map.of("futureDetail", new BigDecimal("1.50"));
        List<Section> sections = full.sections().stream().map(SamplePostings::withSectionExtra).toList();
        PostingDetails details = withDetailExtra(full.details().withTitle("With unknown fields"), detailExtra);
        return new Posting(details, sections, full.dismissedFindings(), top);
    }

    private static PostingDetails withDetailExtra(PostingDetails d, Map<String, Object> extra) {
        return new PostingDetails(d.title(), d.company(), d.department(), d.location(), d.workplaceType(),
                d.remoteRegions(), d.employmentType(), d.salary(), d.reportsTo(), d.datePosted(), d.closingDate(),
                d.howToApply(), d.language(), extra);
    }

    private static Section withSectionExtra(Section section) {
        Map<String, Object> extra = Map.of("futureSection", List.of(Map.of("deep", "value")));
        return section.accept(new Section.Visitor<Section>() {
            @Override
            public Section text(TextSection s) {
                return new TextSection(s.heading(), s.visible(), s.text(), extra);
            }

            @Override
            public Section bullets(BulletSection s) {
                return new BulletSection(s.heading(), s.visible(), s.items(), extra);
            }

            @Override
            public Section fields(FieldsSection s) {
                return new FieldsSection(s.heading(), s.visible(), s.fields(), extra);
            }

            @Override
            public Section faq(FaqSection s) {
                return new FaqSection(s.heading(), s.visible(), s.entries(), extra);
            }
        });
    }
}
