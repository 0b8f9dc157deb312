package app.postwright.check;

import app.postwright.model.BulletSection;
import app.postwright.model.Company;
import app.postwright.model.EmploymentType;
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
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Postings for the rule tests: a complete one, and one-section postings for word rules. */
public final class TestPostings {
    private TestPostings() {
    }

    public static PostingDetails completeDetails() {
        return new PostingDetails("Backend Developer", new Company("Acme Logistics", "https://acme.example", ""),
                "Platform", new Location("Denver", "CO", "US"), WorkplaceType.HYBRID, List.of(),
                EmploymentType.FULL_TIME,
                new SalaryRange(new BigDecimal("90000"), new BigDecimal("120000"), "USD", PayPeriod.YEAR),
                "Head of Platform", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                new HowToApply("https://acme.example/jobs/42", "", "Send your CV through the form."), "en",
                Map.of());
    }

    /** Complete details and the sections every posting needs, in plain, neutral wording. */
    public static Posting complete() {
        return new Posting(completeDetails(), List.of(
                new TextSection("Job Brief", "You will build the services that plan our deliveries."),
                new BulletSection("Responsibilities", List.of("Write and review code", "Keep our services fast")),
                new BulletSection("Qualifications", List.of("Two years of Java", "Good written English")),
                new BulletSection("Benefits", List.of("Health insurance", "Thirty days of paid leave"))));
    }

    /** A posting whose only text is one section. */
    static Posting withSection(Section section) {
        return new Posting(PostingDetails.EMPTY, List.of(section));
    }

    static Posting withBullets(String... bullets) {
        return withSection(new BulletSection("Responsibilities", List.of(bullets)));
    }

    static Posting withText(String text) {
        return withSection(new TextSection("About the job", text));
    }

    static Posting withField(String key, String value) {
        return withSection(new FieldsSection("Additional Information", List.of(new Field(key, value))));
    }

    static List<Finding> run(Rule rule, Posting posting) {
        return rule.check(new CheckContext(posting, List.of()));
    }

    static List<Finding> run(Rule rule, Posting posting, Collection<String> allowList) {
        return rule.check(new CheckContext(posting, allowList));
    }

    static List<String> matched(List<Finding> findings) {
        return findings.stream().map(Finding::matchedText).filter(t -> !t.isEmpty()).toList();
    }

    static List<String> ruleIds(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }
}
