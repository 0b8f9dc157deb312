package app.postwright.check;

import app.postwright.model.Company;
import app.postwright.model.Location;
import app.postwright.model.PostingDetails;
import app.postwright.model.WorkplaceType;
import app.postwright.render.WebAddresses;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Google for Jobs: the JobPosting properties Google requires (title, description, datePosted, hiringOrganization,
 * jobLocation or TELECOMMUTE with applicantLocationRequirements) and recommends (validThrough, baseSalary, ...) are
 * present and valid, following Google Search Central's "Job posting structured data" guidelines. Properties whose
 * absence the completeness and pay rules already report (title, company, location, employment type, salary,
 * closing date) are not repeated; this rule reports what only the structured data needs and invalid values.
 */
public final class GoogleForJobsRule implements Rule {
    static final String PREFIX = "google.";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** Google: no "!" or "*", no salaries, codes or dates in the title. */
    private static final Pattern TITLE_NOISE = Pattern.compile("[!*$€£¥]|\\d{3,}|\\d{1,2}/\\d{1,2}");

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        PostingDetails details = context.posting().details();
        title(details, findings);
        if (context.items().stream().noneMatch(item -> item.kind() == TextItem.Kind.BODY)) {
            findings.add(finding("description", Severity.WARNING, FindingLocation.posting(),
                    "The posting has no body text; Google requires a description.",
                    "Add the job brief, responsibilities and qualifications."));
        }
        if (details.datePosted() == null) {
            findings.add(finding("date-posted", Severity.WARNING, FindingLocation.details(DetailsField.DATE_POSTED),
                    "No date posted; Google requires datePosted.", "Set the date the posting goes live."));
        }
        if (details.datePosted() != null && details.closingDate() != null
                && details.closingDate().isBefore(details.datePosted())) {
            findings.add(finding("valid-through", Severity.ERROR, FindingLocation.details(DetailsField.CLOSING_DATE),
                    "The closing date is before the date posted, so Google treats the posting as expired.",
                    "Correct the closing date."));
        }
        location(details, findings);
        salary(details, findings);
        company(details.company(), findings);
        return findings;
    }

    private static void title(PostingDetails details, List<Finding> findings) {
        String title = details.title().strip();
        if (title.isEmpty()) {
            return;
        }
        FindingLocation where = FindingLocation.details(DetailsField.TITLE);
        boolean allCaps = title.chars().filter(Character::isLetter).count() >= 4
                && title.chars().noneMatch(Character::isLowerCase);
        String company = details.company().name().strip();
        boolean namesCompany = company.length() >= 2
                && title.toLowerCase(Locale.ROOT).contains(company.toLowerCase(Locale.ROOT));
        if (TITLE_NOISE.matcher(title).find() || allCaps || namesCompany) {
            findings.add(finding("title", Severity.WARNING, where, "Google asks for the job title alone: no "
                            + "company name, codes, salaries, dates, \"!\" or \"*\", and not in capitals.",
                    "Keep only the title, e.g. “Backend Developer”; put the rest in the other fields."));
        }
    }

    private static void location(PostingDetails details, List<Finding> findings) {
        Location location = details.location();
        String country = location.country();
        if (!country.isEmpty() && !COUNTRIES.contains(country)) {
            findings.add(finding("country", Severity.ERROR, FindingLocation.details(DetailsField.LOCATION_COUNTRY),
                    "“" + country + "” is not an ISO 3166-1 country code.",
                    "Use a two-letter code such as US or DE."));
        } else if (country.isEmpty() && !location.isEmpty()) {
            findings.add(finding("country", Severity.WARNING, FindingLocation.details(DetailsField.LOCATION_COUNTRY),
                    "The location has no country; Google needs addressCountry to place the job.",
                    "Add the two-letter country code, e.g. US."));
        }
        if (details.workplaceType() == WorkplaceType.REMOTE && details.remoteRegions().isEmpty()) {
            findings.add(finding("applicant-location", Severity.WARNING,
                    FindingLocation.details(DetailsField.REMOTE_REGIONS), "A fully remote job needs the countries "
                            + "or regions applicants may live in (applicantLocationRequirements).",
                    "List where applicants may live, e.g. US or DE."));
        }
    }

    private static void salary(PostingDetails details, List<Finding> findings) {
        String currency = details.salary().currency();
        if (!currency.isEmpty() && !isCurrency(currency)) {
            findings.add(finding("currency", Severity.ERROR, FindingLocation.details(DetailsField.SALARY),
                    "“" + currency + "” is not an ISO 4217 currency code.", "Use a code such as USD, EUR or GBP."));
        }
    }

    private static boolean isCurrency(String code) {
        return Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }

    private static void company(Company company, List<Finding> findings) {
        if (!company.website().isBlank() && !WebAddresses.isWebUrl(company.website())) {
            findings.add(finding("same-as", Severity.WARNING, FindingLocation.details(DetailsField.COMPANY_WEBSITE),
                    "The company website is not an absolute http(s) address.", "Write it as https://example.com."));
        }
    }

    private static Finding finding(String id, Severity severity, FindingLocation where, String message,
                                   String suggestion) {
        return new Finding(PREFIX + id, severity, where, message, suggestion, "");
    }
}
