package app.postwright.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The structured facts of a posting: what the form's "Posting details" page edits and what JSON-LD and the
 * checks read. Strings are never null (empty means "not given"); enums, dates and the salary bounds may be null.
 *
 * @param language       BCP 47 language tag of the posting text, e.g. "en" or "de-CH"
 * @param remoteRegions  for remote work: countries/regions applicants may live in (ISO 3166 codes or names)
 * @param extra          fields unknown to this version of Postwright, kept so that saving loses nothing
 */
public record PostingDetails(
        String title,
        Company company,
        String department,
        Location location,
        WorkplaceType workplaceType,
        List<String> remoteRegions,
        EmploymentType employmentType,
        SalaryRange salary,
        String reportsTo,
        LocalDate datePosted,
        LocalDate closingDate,
        HowToApply howToApply,
        String language,
        Map<String, Object> extra) {

    public static final String DEFAULT_LANGUAGE = "en";

    public static final PostingDetails EMPTY = new PostingDetails("", Company.EMPTY, "", Location.EMPTY, null, List.of(),
            null, SalaryRange.EMPTY, "", null, null, HowToApply.EMPTY, DEFAULT_LANGUAGE, Map.of());

    public PostingDetails {
        title = Text.orEmpty(title);
        company = company == null ? Company.EMPTY : company;
        department = Text.orEmpty(department);
        location = location == null ? Location.EMPTY : location;
        remoteRegions = Text.copy(remoteRegions);
        salary = salary == null ? SalaryRange.EMPTY : salary;
        reportsTo = Text.orEmpty(reportsTo);
        howToApply = howToApply == null ? HowToApply.EMPTY : howToApply;
        language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language.strip();
        extra = Text.copy(extra);
    }

    public PostingDetails withTitle(String value) {
        return new PostingDetails(value, company, department, location, workplaceType, remoteRegions, employmentType,
                salary, reportsTo, datePosted, closingDate, howToApply, language, extra);
    }

    public PostingDetails withCompany(Company value) {
        return new PostingDetails(title, value, department, location, workplaceType, remoteRegions, employmentType,
                salary, reportsTo, datePosted, closingDate, howToApply, language, extra);
    }

    public PostingDetails withDepartment(String value) {
        return new PostingDetails(title, company, value, location, workplaceType, remoteRegions, employmentType,
                salary, reportsTo, datePosted, closingDate, howToApply, language, extra);
    }

    public PostingDetails withLocation(Location value) {
        return new PostingDetails(title, company, department, value, workplaceType, remoteRegions, employmentType,
                salary, reportsTo, datePosted, closingDate, howToApply, language, extra);
    }

    public PostingDetails withWorkplaceType(WorkplaceType value) {
        return new PostingDetails(title, company, department, location, value, remoteRegions, employmentType,
                salary, reportsTo, datePosted, closingDate, howToApply, language, extra);
    }

    public PostingDetails withRemoteRegions(List<String> value) {
        return new PostingDetails(title, company, department, location, workplaceType, value, employmentType,
                salary, reportsTo, datePosted, closingDate, howToApply, language, extra);
    }

    public PostingDetails withEmploymentType(EmploymentType value) {
        return new PostingDetails(title, company, department, location, workplaceType, remoteRegions, value,
                salary, reportsTo, datePosted, closingDate, howToApply, language, extra);
    }

    public PostingDetails withSalary(SalaryRange value) {
        return new PostingDetails(title, company, department, location, workplaceType, remoteRegions, employmentType,
                value, reportsTo, datePosted, closingDate, howToApply, language, extra);
    }

    public PostingDetails withReportsTo(String value) {
        return new PostingDetails(title, company, department, location, workplaceType, remoteRegions, employmentType,
                salary, value, datePosted, closingDate, howToApply, language, extra);
    }

    public PostingDetails withDatePosted(LocalDate value) {
        return new PostingDetails(title, company, department, location, workplaceType, remoteRegions, employmentType,
                salary, reportsTo, value, closingDate, howToApply, language, extra);
    }

    public PostingDetails withClosingDate(LocalDate value) {
        return new PostingDetails(title, company, department, location, workplaceType, remoteRegions, employmentType,
                salary, reportsTo, datePosted, value, howToApply, language, extra);
    }

    public PostingDetails withHowToApply(HowToApply value) {
        return new PostingDetails(title, company, department, location, workplaceType, remoteRegions, employmentType,
                salary, reportsTo, datePosted, closingDate, value, language, extra);
    }

    public PostingDetails withLanguage(String value) {
        return new PostingDetails(title, company, department, location, workplaceType, remoteRegions, employmentType,
                salary, reportsTo, datePosted, closingDate, howToApply, value, extra);
    }
}
