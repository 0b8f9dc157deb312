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
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The draft file as Jackson reads and writes it: one record per JSON object, its components in the documented key
 * order. Keeping these apart from the model lets the file format evolve (and migrate) without touching the model.
 * The {@code extra} maps collect keys this version does not know and write them back after the known ones.
 */
@JsonPropertyOrder({"format", "version", "details", "sections", "dismissedFindings"})
record DraftDocument(String format, Integer version, DetailsDoc details, List<SectionDoc> sections,
                     List<String> dismissedFindings, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    DraftDocument {
        extra = extra == null ? new LinkedHashMap<>() : extra;
    }

    static DraftDocument of(Posting posting) {
        return new DraftDocument(DraftFormat.MARKER, DraftFormat.VERSION, DetailsDoc.of(posting.details()),
                posting.sections().stream().map(SectionDoc::of).toList(), posting.dismissedFindings(),
                posting.extra());
    }

    Posting toPosting() {
        return new Posting(details == null ? PostingDetails.EMPTY : details.toModel(),
                sections == null ? List.of() : sections.stream().map(SectionDoc::toModel).toList(),
                dismissedFindings, extra);
    }

    @JsonPropertyOrder({"title", "company", "department", "location", "workplaceType", "remoteRegions",
            "employmentType", "salary", "reportsTo", "datePosted", "closingDate", "howToApply", "language"})
    record DetailsDoc(String title, CompanyDoc company, String department, LocationDoc location,
                      WorkplaceType workplaceType, List<String> remoteRegions, EmploymentType employmentType,
                      SalaryDoc salary, String reportsTo, LocalDate datePosted, LocalDate closingDate,
                      HowToApplyDoc howToApply, String language,
                      @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        DetailsDoc {
            extra = extra == null ? new LinkedHashMap<>() : extra;
        }

        static DetailsDoc of(PostingDetails d) {
            return new DetailsDoc(d.title(), CompanyDoc.of(d.company()), d.department(), LocationDoc.of(d.location()),
                    d.workplaceType(), d.remoteRegions(), d.employmentType(), SalaryDoc.of(d.salary()), d.reportsTo(),
                    d.datePosted(), d.closingDate(), HowToApplyDoc.of(d.howToApply()), d.language(), d.extra());
        }

        PostingDetails toModel() {
            return new PostingDetails(title, company == null ? null : company.toModel(), department,
                    location == null ? null : location.toModel(), workplaceType, remoteRegions, employmentType,
                    salary == null ? null : salary.toModel(), reportsTo, datePosted, closingDate,
                    howToApply == null ? null : howToApply.toModel(), language, extra);
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

    /** One section; Jackson writes the "kind" key first, then heading, visible and the kind's own keys. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = TextDoc.class, name = "text"),
            @JsonSubTypes.Type(value = BulletsDoc.class, name = "bullets"),
            @JsonSubTypes.Type(value = FieldsDoc.class, name = "fields"),
            @JsonSubTypes.Type(value = FaqDoc.class, name = "faq")})
    sealed interface SectionDoc permits TextDoc, BulletsDoc, FieldsDoc, FaqDoc {
        /** The section kinds as written in the "kind" key, for error messages and docs. */
        List<String> KINDS = List.of("text", "bullets", "fields", "faq");

        Section toModel();

        static SectionDoc of(Section section) {
            return section.accept(new Section.Visitor<SectionDoc>() {
                @Override
                public SectionDoc text(TextSection s) {
                    return new TextDoc(s.heading(), s.visible(), s.text(), s.extra());
                }

                @Override
                public SectionDoc bullets(BulletSection s) {
                    return new BulletsDoc(s.heading(), s.visible(), s.items(), s.extra());
                }

                @Override
                public SectionDoc fields(FieldsSection s) {
                    return FieldsDoc.of(s);
                }

                @Override
                public SectionDoc faq(FaqSection s) {
                    return FaqDoc.of(s);
                }
            });
        }

        /** A missing or null "visible" means shown, the default for a new section. */
        static boolean shown(Boolean visible) {
            return visible == null || visible;
        }
    }

    @JsonPropertyOrder({"heading", "visible", "text"})
    record TextDoc(String heading, Boolean visible, String text,
                   @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements SectionDoc {
        TextDoc {
            extra = extra == null ? new LinkedHashMap<>() : extra;
        }

        @Override
        public Section toModel() {
            return new TextSection(heading, SectionDoc.shown(visible), text, extra);
        }
    }

    @JsonPropertyOrder({"heading", "visible", "items"})
    record BulletsDoc(String heading, Boolean visible, List<String> items,
                      @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements SectionDoc {
        BulletsDoc {
            extra = extra == null ? new LinkedHashMap<>() : extra;
        }

        @Override
        public Section toModel() {
            return new BulletSection(heading, SectionDoc.shown(visible), items, extra);
        }
    }

    @JsonPropertyOrder({"heading", "visible", "fields"})
    record FieldsDoc(String heading, Boolean visible, List<FieldDoc> fields,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements SectionDoc {
        FieldsDoc {
            extra = extra == null ? new LinkedHashMap<>() : extra;
        }

        static FieldsDoc of(FieldsSection s) {
            return new FieldsDoc(s.heading(), s.visible(), s.fields().stream().map(FieldDoc::of).toList(), s.extra());
        }

        @Override
        public Section toModel() {
            return new FieldsSection(heading, SectionDoc.shown(visible),
                    fields == null ? List.of() : fields.stream().map(FieldDoc::toModel).toList(), extra);
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

    @JsonPropertyOrder({"heading", "visible", "entries"})
    record FaqDoc(String heading, Boolean visible, List<FaqEntryDoc> entries,
                  @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements SectionDoc {
        FaqDoc {
            extra = extra == null ? new LinkedHashMap<>() : extra;
        }

        static FaqDoc of(FaqSection s) {
            return new FaqDoc(s.heading(), s.visible(), s.entries().stream().map(FaqEntryDoc::of).toList(), s.extra());
        }

        @Override
        public Section toModel() {
            return new FaqSection(heading, SectionDoc.shown(visible),
                    entries == null ? List.of() : entries.stream().map(FaqEntryDoc::toModel).toList(), extra);
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
