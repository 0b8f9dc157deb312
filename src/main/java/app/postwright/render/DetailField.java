package app.postwright.render;

import app.postwright.model.PostingDetails;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Every posting detail that text output writes as a labelled line ("Company: Acme Corp"), with its label, how it
 * is written and how it is read back. Writer and importer both go through this one table, so a label or format
 * can never differ between them. The title is not here: it is the document heading.
 */
public enum DetailField {
    COMPANY(Group.DETAILS, "Company", d -> d.company().name(),
            (d, v) -> Optional.of(d.withCompany(d.company().withName(v)))),
    COMPANY_WEBSITE(Group.DETAILS, "Company website", d -> d.company().website(),
            (d, v) -> Optional.of(d.withCompany(d.company().withWebsite(v)))),
    COMPANY_LOGO(Group.DETAILS, "Company logo", d -> d.company().logoPath(),
            (d, v) -> Optional.of(d.withCompany(d.company().withLogoPath(v)))),
    DEPARTMENT(Group.DETAILS, "Department", PostingDetails::department,
            (d, v) -> Optional.of(d.withDepartment(v))),
    CITY(Group.DETAILS, "City", d -> d.location().city(),
            (d, v) -> Optional.of(d.withLocation(d.location().withCity(v)))),
    REGION(Group.DETAILS, "Region", d -> d.location().region(),
            (d, v) -> Optional.of(d.withLocation(d.location().withRegion(v)))),
    COUNTRY(Group.DETAILS, "Country", d -> d.location().country(),
            (d, v) -> Optional.of(d.withLocation(d.location().withCountry(v)))),
    WORKPLACE(Group.DETAILS, "Workplace", d -> d.workplaceType() == null ? "" : d.workplaceType().label(),
            (d, v) -> DetailsText.parseWorkplaceType(v).map(d::withWorkplaceType)),
    REMOTE_REGIONS(Group.DETAILS, "Remote regions", d -> DetailsText.regions(d.remoteRegions()),
            (d, v) -> Optional.of(d.withRemoteRegions(DetailsText.parseRegions(v)))),
    EMPLOYMENT_TYPE(Group.DETAILS, "Employment type",
            d -> d.employmentType() == null ? "" : d.employmentType().label(),
            (d, v) -> DetailsText.parseEmploymentType(v).map(d::withEmploymentType)),
    SALARY(Group.DETAILS, "Salary", d -> DetailsText.salary(d.salary()),
            (d, v) -> DetailsText.parseSalary(v).map(d::withSalary)),
    REPORTS_TO(Group.DETAILS, "Reports to", PostingDetails::reportsTo,
            (d, v) -> Optional.of(d.withReportsTo(v))),
    DATE_POSTED(Group.DETAILS, "Date posted", d -> DetailsText.date(d.datePosted()),
            (d, v) -> DetailsText.parseDate(v).map(d::withDatePosted)),
    CLOSING_DATE(Group.DETAILS, "Closing date", d -> DetailsText.date(d.closingDate()),
            (d, v) -> DetailsText.parseDate(v).map(d::withClosingDate)),
    /** Written only when it differs from the default, so ordinary English postings do not carry the line. */
    LANGUAGE(Group.DETAILS, "Language",
            d -> PostingDetails.DEFAULT_LANGUAGE.equals(d.language()) ? "" : d.language(),
            (d, v) -> Optional.of(d.withLanguage(v))),
    APPLY_URL(Group.HOW_TO_APPLY, "Apply online", d -> d.howToApply().url(),
            (d, v) -> Optional.of(d.withHowToApply(d.howToApply().withUrl(v)))),
    APPLY_EMAIL(Group.HOW_TO_APPLY, "Apply by email", d -> d.howToApply().email(),
            (d, v) -> Optional.of(d.withHowToApply(d.howToApply().withEmail(v)))),
    APPLY_INSTRUCTIONS(Group.HOW_TO_APPLY, "Instructions", d -> d.howToApply().instructions(),
            (d, v) -> Optional.of(d.withHowToApply(d.howToApply().withInstructions(v))));

    /** The heading under which the how-to-apply lines follow the sections. */
    public static final String HOW_TO_APPLY_HEADING = "How to Apply";

    /** Where a detail is written: in the block under the title, or under {@link #HOW_TO_APPLY_HEADING} at the end. */
    public enum Group { DETAILS, HOW_TO_APPLY }

    private final Group group;
    private final String label;
    private final Function<PostingDetails, String> writer;
    private final BiFunction<PostingDetails, String, Optional<PostingDetails>> reader;

    DetailField(Group group, String label, Function<PostingDetails, String> writer,
                BiFunction<PostingDetails, String, Optional<PostingDetails>> reader) {
        this.group = group;
        this.label = label;
        this.writer = writer;
        this.reader = reader;
    }

    public Group group() {
        return group;
    }

    public String label() {
        return label;
    }

    /** The detail as text, or "" when it is not set (and so not written). */
    public String text(PostingDetails details) {
        return writer.apply(details);
    }

    /** {@code details} with this detail set from {@code text}; empty when the text is not a valid value. */
    public Optional<PostingDetails> read(PostingDetails details, String text) {
        return reader.apply(details, text);
    }

    /** The detail of {@code group} whose label is {@code label}, ignoring case. */
    public static Optional<DetailField> byLabel(Group group, String label) {
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(field -> field.group == group && field.label.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
