package app.postwright.render;

import app.postwright.model.Company;
import app.postwright.model.EmploymentType;
import app.postwright.model.Location;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.SalaryRange;
import app.postwright.model.WorkplaceType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * schema.org JobPosting JSON-LD for Google for Jobs, built from the details and the visible sections. The JSON
 * escapes {@code < > &} (and U+2028/U+2029) so it can sit inside {@code <script type="application/ld+json">}
 * whatever the user typed: "&lt;/script&gt;" in a bullet cannot end the script element. Thread-safe.
 */
public final class JobPostingLd {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter().with(new ScriptSafeEscapes());

    /** The JobPosting as a JSON tree, for callers that add properties. */
    public ObjectNode toTree(Posting posting) {
        PostingDetails details = posting.details();
        ObjectNode job = MAPPER.createObjectNode();
        job.put("@context", "https://schema.org/");
        job.put("@type", "JobPosting");
        putIfPresent(job, "title", details.title().strip());
        job.put("description", JobDescriptionHtml.of(posting));
        if (details.datePosted() != null) {
            job.put("datePosted", details.datePosted().toString());
        }
        if (details.closingDate() != null) {
            // The closing date is the last day to apply, so the posting stays valid until that day's end.
            job.put("validThrough", details.closingDate().atTime(23, 59).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        }
        if (details.employmentType() != null) {
            job.put("employmentType", employmentType(details.employmentType()));
        }
        job.set("hiringOrganization", organization(details.company()));
        location(details, job);
        salary(details.salary()).ifPresent(salary -> job.set("baseSalary", salary));
        job.put("directApply", isDirectApply(details));
        identifier(details).ifPresent(id -> job.set("identifier", id));
        return job;
    }

    /** The JobPosting as pretty-printed JSON, safe to embed in a script element. */
    public String toJson(Posting posting) {
        try {
            return WRITER.writeValueAsString(toTree(posting));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings and numbers always serialises", e);
        }
    }

    /** The {@code <script type="application/ld+json">} element for the HTML export's head. */
    public String toScriptElement(Posting posting) {
        return "<script type=\"application/ld+json\">\n" + toJson(posting) + "\n</script>";
    }

    /** schema.org's employmentType names; Postwright says CONTRACT and INTERNSHIP where schema.org abbreviates. */
    static String employmentType(EmploymentType type) {
        return switch (type) {
            case CONTRACT -> "CONTRACTOR";
            case INTERNSHIP -> "INTERN";
            default -> type.name();
        };
    }

    private static ObjectNode organization(Company company) {
        ObjectNode organization = MAPPER.createObjectNode();
        organization.put("@type", "Organization");
        putIfPresent(organization, "name", company.name().strip());
        if (WebAddresses.isWebUrl(company.website())) {
            organization.put("sameAs", company.website().strip());
        }
        // A logo on the writer's disk means nothing to Google; only a published URL is useful.
        if (WebAddresses.isWebUrl(company.logoPath())) {
            organization.put("logo", company.logoPath().strip());
        }
        return organization;
    }

    private static void location(PostingDetails details, ObjectNode job) {
        Location location = details.location();
        if (!location.isEmpty()) {
            ObjectNode address = MAPPER.createObjectNode();
            address.put("@type", "PostalAddress");
            putIfPresent(address, "addressLocality", location.city());
            putIfPresent(address, "addressRegion", location.region());
            putIfPresent(address, "addressCountry", location.country());
            ObjectNode place = MAPPER.createObjectNode();
            place.put("@type", "Place");
            place.set("address", address);
            job.set("jobLocation", place);
        }
        if (details.workplaceType() == WorkplaceType.REMOTE) {
            job.put("jobLocationType", "TELECOMMUTE");
            ArrayNode regions = job.putArray("applicantLocationRequirements");
            for (String region : details.remoteRegions()) {
                // "US" or "Germany" are countries; "US-CA" (ISO 3166-2) is a subdivision.
                regions.addObject().put("@type", region.contains("-") ? "AdministrativeArea" : "Country")
                        .put("name", region.strip());
            }
        }
    }

    private static Optional<ObjectNode> salary(SalaryRange salary) {
        if (salary.minimum() == null && salary.maximum() == null) {
            return Optional.empty();
        }
        ObjectNode value = MAPPER.createObjectNode();
        value.put("@type", "QuantitativeValue");
        if (salary.minimum() != null && salary.minimum().equals(salary.maximum())) {
            value.put("value", salary.minimum());
        } else {
            if (salary.minimum() != null) {
                value.put("minValue", salary.minimum());
            }
            if (salary.maximum() != null) {
                value.put("maxValue", salary.maximum());
            }
        }
        if (salary.period() != null) {
            value.put("unitText", salary.period().name());
        }
        ObjectNode amount = MAPPER.createObjectNode();
        amount.put("@type", "MonetaryAmount");
        putIfPresent(amount, "currency", salary.currency());
        amount.set("value", value);
        return Optional.of(amount);
    }

    /**
     * Google's directApply means "the application is on this site". Postwright cannot see the published page, so
     * it says true when the application link is on the company's own website and false otherwise.
     */
    static boolean isDirectApply(PostingDetails details) {
        Optional<String> applyHost = WebAddresses.host(details.howToApply().url());
        return applyHost.isPresent() && applyHost.equals(WebAddresses.host(details.company().website()));
    }

    /**
     * The model has no requisition number, so the identifier is derived from the title and date posted, which
     * together name one posting of one company.
     */
    private static Optional<ObjectNode> identifier(PostingDetails details) {
        String slug = details.title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "");
        if (slug.isEmpty() || details.company().name().isBlank()) {
            return Optional.empty();
        }
        ObjectNode id = MAPPER.createObjectNode();
        id.put("@type", "PropertyValue");
        id.put("name", details.company().name().strip());
        id.put("value", details.datePosted() == null ? slug : slug + "-" + details.datePosted());
        return Optional.of(id);
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (!value.isEmpty()) {
            node.put(name, value);
        }
    }

    /** Escapes the characters that could end a script element or confuse JavaScript parsers. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] asciiEscapes;

        ScriptSafeEscapes() {
            asciiEscapes = CharacterEscapes.standardAsciiEscapesForJSON();
            asciiEscapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            asciiEscapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            asciiEscapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
