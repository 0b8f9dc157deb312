package app.postwright.render;

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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checked against Google Search Central's "Job posting (JobPosting) structured data": required properties title,
 * description, datePosted, hiringOrganization, jobLocation (or jobLocationType TELECOMMUTE with
 * applicantLocationRequirements for fully remote jobs); recommended applicantLocationRequirements, baseSalary,
 * directApply, employmentType, identifier, jobLocationType, validThrough; and their value formats.
 */
class JobPostingLdTest {
    private static final Set<String> DESCRIPTION_TAGS = Set.of("p", "ul", "li", "h1", "h2", "h3", "h4", "h5",
            "strong", "em", "br");
    private static final Set<String> EMPLOYMENT_TYPES = Set.of("FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY",
            "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER");

    private final JobPostingLd ld = new JobPostingLd();
    private final ObjectMapper mapper = new ObjectMapper();

    private static PostingDetails details() {
        return new PostingDetails("Backend Developer", new Company("Acme Logistics", "https://www.acme.example",
                "https://acme.example/logo.png"), "Platform", new Location("Denver", "CO", "US"),
                WorkplaceType.ON_SITE, List.of(), EmploymentType.FULL_TIME,
                new SalaryRange(new BigDecimal("90000"), new BigDecimal("120000.50"), "USD", PayPeriod.YEAR), "",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                new HowToApply("https://acme.example/jobs/42/apply", "", ""), "en", Map.of());
    }

    private static Posting posting() {
        return new Posting(details(), List.of(
                new TextSection("Job Brief",
                        "We plan **deliveries**.\nEvery _day_.\n\nSecond [paragraph](https://x.example)."),
                new BulletSection("Responsibilities", List.of("Write *clean* code", "Review code")),
                new FieldsSection("Additional Information", List.of(new Field("Work Environment", "Hybrid"))),
                new FaqSection("FAQs", true, List.of(new Faq("Is it remote?", "Two days a week.")), Map.of()),
                new TextSection("Internal notes", false, "Do not publish", Map.of())));
    }

    private JsonNode json(Posting posting) throws Exception {
        return mapper.readTree(ld.toJson(posting));
    }

    @Test
    void hasEveryRequiredAndRecommendedProperty() throws Exception {
        JsonNode job = json(posting());
        assertThat(job.get("@context").asText()).isEqualTo("https://schema.org/");
        assertThat(job.get("@type").asText()).isEqualTo("JobPosting");
        assertThat(job.get("title").asText()).isEqualTo("Backend Developer");
        assertThat(job.get("description").asText()).isNotBlank();
        assertThat(job.get("datePosted").asText()).isEqualTo("2026-03-01");
        assertThat(LocalDateTime.parse(job.get("validThrough").asText())).isEqualTo("2026-03-31T23:59");
        assertThat(job.get("employmentType").asText()).isEqualTo("FULL_TIME");
        JsonNode organization = job.get("hiringOrganization");
        assertThat(organization.get("@type").asText()).isEqualTo("Organization");
        assertThat(organization.get("name").asText()).isEqualTo("Acme Logistics");
        assertThat(organization.get("sameAs").asText()).isEqualTo("https://www.acme.example");
        assertThat(organization.get("logo").asText()).isEqualTo("https://acme.example/logo.png");
        JsonNode address = job.get("jobLocation").get("address");
        assertThat(job.get("jobLocation").get("@type").asText()).isEqualTo("Place");
        assertThat(address.get("@type").asText()).isEqualTo("PostalAddress");
        assertThat(address.get("addressLocality").asText()).isEqualTo("Denver");
        assertThat(address.get("addressRegion").asText()).isEqualTo("CO");
        assertThat(Arrays.asList(Locale.getISOCountries())).contains(address.get("addressCountry").asText());
        assertThat(job.get("directApply").isBoolean()).isTrue();
        assertThat(job.get("identifier").get("@type").asText()).isEqualTo("PropertyValue");
        assertThat(job.get("identifier").get("name").asText()).isEqualTo("Acme Logistics");
        assertThat(job.get("identifier").get("value").asText()).isEqualTo("backend-developer-2026-03-01");
        assertThat(job.has("jobLocationType")).isFalse();
    }

    @Test
    void baseSalaryIsAMonetaryAmountWithAQuantitativeValue() throws Exception {
        JsonNode salary = json(posting()).get("baseSalary");
        assertThat(salary.get("@type").asText()).isEqualTo("MonetaryAmount");
        assertThat(Currency.getInstance(salary.get("currency").asText()).getCurrencyCode()).isEqualTo("USD");
        JsonNode value = salary.get("value");
        assertThat(value.get("@type").asText()).isEqualTo("QuantitativeValue");
        assertThat(value.get("minValue").isNumber()).isTrue();
        assertThat(value.get("minValue").decimalValue()).isEqualByComparingTo("90000");
        assertThat(value.get("maxValue").decimalValue()).isEqualByComparingTo("120000.5");
        assertThat(value.get("unitText").asText()).isIn("HOUR", "DAY", "WEEK", "MONTH", "YEAR")
                .isEqualTo("YEAR");

        SalaryRange single = new SalaryRange(new BigDecimal("25"), new BigDecimal("25"), "EUR", PayPeriod.HOUR);
        JsonNode fixed = json(posting().withDetails(details().withSalary(single))).get("baseSalary").get("value");
        assertThat(fixed.get("value").decimalValue()).isEqualByComparingTo("25");
        assertThat(fixed.get("unitText").asText()).isEqualTo("HOUR");
        assertThat(json(posting().withDetails(details().withSalary(SalaryRange.EMPTY))).has("baseSalary")).isFalse();
    }

    @Test
    void employmentTypesUseSchemaOrgNames() {
        for (EmploymentType type : EmploymentType.values()) {
            assertThat(JobPostingLd.employmentType(type)).isIn(EMPLOYMENT_TYPES);
        }
        assertThat(JobPostingLd.employmentType(EmploymentType.CONTRACT)).isEqualTo("CONTRACTOR");
        assertThat(JobPostingLd.employmentType(EmploymentType.INTERNSHIP)).isEqualTo("INTERN");
    }

    @Test
    void remoteJobsAreTelecommuteWithApplicantLocations() throws Exception {
        PostingDetails remote = details().withLocation(Location.EMPTY).withWorkplaceType(WorkplaceType.REMOTE)
                .withRemoteRegions(List.of("US", "US-CA"));
        JsonNode job = json(posting().withDetails(remote));
        assertThat(job.get("jobLocationType").asText()).isEqualTo("TELECOMMUTE");
        assertThat(job.has("jobLocation")).isFalse();
        JsonNode regions = job.get("applicantLocationRequirements");
        assertThat(regions.get(0).get("@type").asText()).isEqualTo("Country");
        assertThat(regions.get(0).get("name").asText()).isEqualTo("US");
        assertThat(regions.get(1).get("@type").asText()).isEqualTo("AdministrativeArea");
    }

    @Test
    void descriptionUsesOnlyAllowedTagsAndVisibleSections() throws Exception {
        String description = json(posting()).get("description").asText();
        Document html = Jsoup.parseBodyFragment(description);
        assertThat(html.body().select("*").stream().map(Element::tagName).filter(t -> !t.equals("body")))
                .isNotEmpty().allMatch(DESCRIPTION_TAGS::contains);
        assertThat(description).contains("<h2>Job Brief</h2>", "<p>We plan <strong>deliveries</strong>.<br>Every "
                + "<em>day</em>.</p>", "<p>Second paragraph.</p>", "<li>Write <em>clean</em> code</li>",
                "<li><strong>Work Environment:</strong> Hybrid</li>", "<h3>Is it remote?</h3>")
                .doesNotContain("Do not publish", "https://x.example");
    }

    @Test
    void userTextCannotBreakOutOfTheScriptElement() throws Exception {
        Posting hostile = posting().withDetails(details().withTitle("Dev </script><script>alert(1)</script> & co"));
        String json = ld.toJson(hostile);
        assertThat(json).doesNotContain("<", ">", "&");
        assertThat(mapper.readTree(json).get("title").asText())
                .isEqualTo("Dev </script><script>alert(1)</script> & co");
        String description = ld.toJson(posting().withSection(1,
                new BulletSection("Duties", List.of("Close the tag </script> now\u2028please"))));
        assertThat(description).doesNotContain("</script>", "\u2028").contains("\\u2028");

        String element = ld.toScriptElement(hostile);
        Document page = Jsoup.parse("<html><head>" + element + "</head><body></body></html>");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("script").first().attr("type")).isEqualTo("application/ld+json");
        assertThat(mapper.readTree(page.select("script").first().data()).get("title").asText()).startsWith("Dev ");
    }

    @Test
    void directApplyOnlyWhenTheApplicationIsOnTheCompanySite() throws Exception {
        assertThat(json(posting()).get("directApply").asBoolean()).isTrue();
        PostingDetails elsewhere = details().withHowToApply(new HowToApply("https://ats.example/acme/42", "", ""));
        assertThat(json(posting().withDetails(elsewhere)).get("directApply").asBoolean()).isFalse();
        PostingDetails byEmail = details().withHowToApply(new HowToApply("", "jobs@acme.example", ""));
        assertThat(json(posting().withDetails(byEmail)).get("directApply").asBoolean()).isFalse();
    }

    @Test
    void leavesOutWhatIsNotGiven() throws Exception {
        JsonNode job = json(Posting.EMPTY);
        assertThat(job.has("title")).isFalse();
        assertThat(job.has("datePosted")).isFalse();
        assertThat(job.has("validThrough")).isFalse();
        assertThat(job.has("identifier")).isFalse();
        assertThat(job.get("hiringOrganization").has("logo")).isFalse();
        PostingDetails localLogo = details().withCompany(details().company().withLogoPath("/home/me/logo.png"));
        assertThat(json(posting().withDetails(localLogo)).get("hiringOrganization").has("logo")).isFalse();
    }
}
