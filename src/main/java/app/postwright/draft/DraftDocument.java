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
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The draft file as Jackson reads and writes it: one class per JSON object, its keys in the documented order.
 * Keeping these apart from the model lets the file format evolve (and migrate) without touching the model.
 * Objects that may hold keys this version does not know extend {@link ExtensibleDoc}, which collects them in
 * reading order and writes them back after the known ones. They are mutable field-bound classes rather than
 * records because Jackson reverses the order of unknown keys it buffers for a record's constructor.
 */
@JsonPropertyOrder({"format", "version", "details", "sections", "dismissedFindings"})
final class DraftDocument extends ExtensibleDoc {
    public String format;
    public Integer version;
    public DetailsDoc details;
    public List<SectionDoc> sections;
    public List<String> dismissedFindings;

    static DraftDocument of(Posting posting) {
        DraftDocument doc = new DraftDocument();
        doc.format = DraftFormat.MARKER;
        doc.version = DraftFormat.VERSION;
        doc.details = DetailsDoc.of(posting.details());
        doc.sections = posting.sections().stream().map(SectionDoc::of).toList();
        doc.dismissedFindings = posting.dismissedFindings();
        return doc.withExtra(posting.extra());
    }

    Posting toPosting() {
        return new Posting(details == null ? PostingDetails.EMPTY : details.toModel(),
                sections == null ? List.of() : sections.stream().map(SectionDoc::toModel).toList(),
                dismissedFindings, extra());
    }

    @JsonPropertyOrder({"title", "company", "department", "location", "workplaceType", "remoteRegions",
            "employmentType", "salary", "reportsTo", "datePosted", "closingDate", "howToApply", "language"})
    static final class DetailsDoc extends ExtensibleDoc {
        public String title;
        public CompanyDoc company;
        public String department;
        public LocationDoc location;
        public WorkplaceType workplaceType;
        public List<String> remoteRegions;
        public EmploymentType employmentType;
        public SalaryDoc salary;
        public String reportsTo;
        public LocalDate datePosted;
        public LocalDate closingDate;
        public HowToApplyDoc howToApply;
        public String language;

        static DetailsDoc of(PostingDetails d) {
            DetailsDoc doc = new DetailsDoc();
            doc.title = d.title();
            doc.company = CompanyDoc.of(d.company());
            doc.department = d.department();
            doc.location = LocationDoc.of(d.location());
            doc.workplaceType = d.workplaceType();
            doc.remoteRegions = d.remoteRegions();
            doc.employmentType = d.employmentType();
            doc.salary = SalaryDoc.of(d.salary());
            doc.reportsTo = d.reportsTo();
            doc.datePosted = d.datePosted();
            doc.closingDate = d.closingDate();
            doc.howToApply = HowToApplyDoc.of(d.howToApply());
            doc.language = d.language();
            return doc.withExtra(d.extra());
        }

        PostingDetails toModel() {
            return new PostingDetails(title, company == null ? null : company.toModel(), department,
                    location == null ? null : location.toModel(), workplaceType, remoteRegions, employmentType,
                    salary == null ? null : salary.toModel(), reportsTo, datePosted, closingDate,
                    howToApply == null ? null : howToApply.toModel(), language, extra());
        }
    }

    @JsonPropertyOrder({"name", "website", "logoPath"})
    record CompanyDoc(String name, String website, String logoPath) {
        static CompanyDoc of(Company c) {
            return new CompanyDoc(c.name(), c.website(), c.logoPath());
        }

        Company toModel() {
            return new Company(name, website, logoPath);
        }
    }

    @JsonPropertyOrder({"city", "region", "country"})
    record LocationDoc(String city, String region, String country) {
        static LocationDoc of(Location l) {
            return new LocationDoc(l.city(), l.region(), l.country());
        }

        Location toModel() {
            return new Location(city, region, country);
        }
    }

    @JsonPropertyOrder({"minimum", "maximum", "currency", "period"})
    record SalaryDoc(BigDecimal minimum, BigDecimal maximum, String currency, PayPeriod period) {
        static SalaryDoc of(SalaryRange s) {
            return new SalaryDoc(s.minimum(), s.maximum(), s.currency(), s.period());
        }

        SalaryRange toModel() {
            return new SalaryRange(minimum, maximum, currency, period);
        }
    }

    @JsonPropertyOrder({"url", "email", "instructions"})
    record HowToApplyDoc(String url, String email, String instructions) {
        static HowToApplyDoc of(HowToApply h) {
            return new HowToApplyDoc(h.url(), h.email(), h.instructions());
        }

        HowToApply toModel() {
            return new HowToApply(url, email, instructions);
        }
    }

    @JsonPropertyOrder({"key", "value"})
    record FieldDoc(String key, String value) {
        static FieldDoc of(Field f) {
            return new FieldDoc(f.key(), f.value());
        }

        Field toModel() {
            return new Field(key, value);
        }
    }

    /**
     * One section. Jackson writes the "kind" key first, then heading and visible, then the kind's own keys.
     * A missing or null "visible" means shown, the default for a new section.
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = TextDoc.class, name = "text"),
            @JsonSubTypes.Type(value = BulletsDoc.class, name = "bullets"),
            @JsonSubTypes.Type(value = FieldsDoc.class, name = "fields"),
            @JsonSubTypes.Type(value = FaqDoc.class, name = "faq")})
    abstract static sealed class SectionDoc extends ExtensibleDoc permits TextDoc, BulletsDoc, FieldsDoc, FaqDoc {
        /** The section kinds as written in the "kind" key, for error messages and docs. */
        static final List<String> KINDS = List.of("text", "bullets", "fields", "faq");

        public String heading;
        public Boolean visible;

        abstract Section toModel();

        boolean shown() {
            return visible == null || visible;
        }

        <T extends SectionDoc> T from(Section section) {
            heading = section.heading();
            visible = section.visible();
            return withExtra(section.extra());
        }

        static SectionDoc of(Section section) {
            return section.accept(new Section.Visitor<SectionDoc>() {
                @Override
                public SectionDoc text(TextSection s) {
                    TextDoc doc = new TextDoc().from(s);
                    doc.text = s.text();
                    return doc;
                }

                @Override
                public SectionDoc bullets(BulletSection s) {
                    BulletsDoc doc = new BulletsDoc().from(s);
                    doc.items = s.items();
                    return doc;
                }

                @Override
                public SectionDoc fields(FieldsSection s) {
                    FieldsDoc doc = new FieldsDoc().from(s);
                    doc.fields = s.fields().stream().map(FieldDoc::of).toList();
                    return doc;
                }

                @Override
                public SectionDoc faq(FaqSection s) {
                    FaqDoc doc = new FaqDoc().from(s);
                    doc.entries = s.entries().stream().map(FaqEntryDoc::of).toList();
                    return doc;
                }
            });
        }
    }

    @JsonPropertyOrder({"heading", "visible", "text"})
    static final class TextDoc extends SectionDoc {
        public String text;

        @Override
        Section toModel() {
            return new TextSection(heading, shown(), text, extra());
        }
    }

    @JsonPropertyOrder({"heading", "visible", "items"})
    static final class BulletsDoc extends SectionDoc {
        public List<String> items;

        @Override
        Section toModel() {
            return new BulletSection(heading, shown(), items, extra());
        }
    }

    @JsonPropertyOrder({"heading", "visible", "fields"})
    static final class FieldsDoc extends SectionDoc {
        public List<FieldDoc> fields;

        @Override
        Section toModel() {
            return new FieldsSection(heading, shown(),
                    fields == null ? List.of() : fields.stream().map(FieldDoc::toModel).toList(), extra());
        }
    }

    @JsonPropertyOrder({"heading", "visible", "entries"})
    static final class FaqDoc extends SectionDoc {
        public List<FaqEntryDoc> entries;

        @Override
        Section toModel() {
            return new FaqSection(heading, shown(),
                    entries == null ? List.of() : entries.stream().map(FaqEntryDoc::toModel).toList(), extra());
        }
    }

    @JsonPropertyOrder({"question", "answer"})
    record FaqEntryDoc(String question, String answer) {
        static FaqEntryDoc of(Faq f) {
            return new FaqEntryDoc(f.question(), f.answer());
        }

        Faq toModel() {
            return new Faq(question, answer);
        }
    }
}
