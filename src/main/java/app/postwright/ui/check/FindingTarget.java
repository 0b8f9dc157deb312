package app.postwright.ui.check;

import app.postwright.check.DetailsField;
import app.postwright.check.FindingLocation;
import app.postwright.render.Span;

import java.util.Optional;

/**
 * Where clicking a finding takes the writer: the outline item to select (-1 = posting details, otherwise a section
 * index), the id of the control in that item's form, and the characters to select in it. The ids are the forms'
 * stable names (DetailsForm, the section editors), the same ones the window tests find controls by.
 *
 * @param controlId null when the finding is about a section as a whole: the form's first field gets the focus
 */
public record FindingTarget(int outlineIndex, String controlId, Span span) {

    /** The target of a finding at {@code location}; empty for findings about the whole posting. */
    public static Optional<FindingTarget> of(FindingLocation location) {
        if (location instanceof FindingLocation.Details details) {
            return Optional.of(new FindingTarget(-1, DetailsPlace.of(details.field()).controlId(), details.span()));
        }
        if (location instanceof FindingLocation.InSection in) {
            return Optional.of(new FindingTarget(in.section(), sectionControl(in), in.span()));
        }
        return Optional.empty();
    }

    private static String sectionControl(FindingLocation.InSection in) {
        int item = in.item();
        return switch (in.part()) {
            case SECTION -> null;
            case HEADING -> "section-heading";
            case PARAGRAPH -> "section-text";
            case BULLET -> "bullet-" + item;
            case FIELD_KEY -> "field-" + item + "-key";
            case FIELD_VALUE -> "field-" + item + "-value";
            case FAQ_QUESTION -> "faq-" + item + "-question";
            case FAQ_ANSWER -> "faq-" + item + "-answer";
        };
    }

    /** A details field's name in the form and the control that edits it. */
    record DetailsPlace(String label, String controlId) {
        static DetailsPlace of(DetailsField field) {
            return switch (field) {
                case TITLE -> new DetailsPlace("Job title", "details-title");
                case COMPANY_NAME -> new DetailsPlace("Company", "details-company-name");
                case COMPANY_WEBSITE -> new DetailsPlace("Company website", "details-company-website");
                // The logo has no control in the form yet; the company name is the closest.
                case COMPANY_LOGO -> new DetailsPlace("Company logo", "details-company-name");
                case DEPARTMENT -> new DetailsPlace("Department", "details-department");
                case LOCATION -> new DetailsPlace("Location", "details-location-city");
                case LOCATION_CITY -> new DetailsPlace("City", "details-location-city");
                case LOCATION_REGION -> new DetailsPlace("Region", "details-location-region");
                case LOCATION_COUNTRY -> new DetailsPlace("Country", "details-location-country");
                case WORKPLACE_TYPE -> new DetailsPlace("Workplace", "details-workplaceType");
                case REMOTE_REGIONS -> new DetailsPlace("Remote from", "details-remoteRegions");
                case EMPLOYMENT_TYPE -> new DetailsPlace("Employment type", "details-employmentType");
                case SALARY -> new DetailsPlace("Salary", "details-salary-minimum");
                case REPORTS_TO -> new DetailsPlace("Reports to", "details-reportsTo");
                case DATE_POSTED -> new DetailsPlace("Date posted", "details-datePosted");
                case CLOSING_DATE -> new DetailsPlace("Closing date", "details-closingDate");
                case HOW_TO_APPLY -> new DetailsPlace("How to apply", "details-apply-url");
                case HOW_TO_APPLY_URL -> new DetailsPlace("Application link", "details-apply-url");
                case HOW_TO_APPLY_EMAIL -> new DetailsPlace("Application email", "details-apply-email");
                case HOW_TO_APPLY_INSTRUCTIONS -> new DetailsPlace("Application instructions",
                        "details-apply-instructions");
            };
        }
    }
}
