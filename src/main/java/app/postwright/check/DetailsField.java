package app.postwright.check;

/** The fields of the "Posting details" form a finding can point at; {@link #path()} is the stable name. */
public enum DetailsField {
    TITLE("details.title"),
    COMPANY_NAME("details.company.name"),
    COMPANY_WEBSITE("details.company.website"),
    COMPANY_LOGO("details.company.logoPath"),
    DEPARTMENT("details.department"),
    LOCATION("details.location"),
    LOCATION_CITY("details.location.city"),
    LOCATION_REGION("details.location.region"),
    LOCATION_COUNTRY("details.location.country"),
    WORKPLACE_TYPE("details.workplaceType"),
    REMOTE_REGIONS("details.remoteRegions"),
    EMPLOYMENT_TYPE("details.employmentType"),
    SALARY("details.salary"),
    REPORTS_TO("details.reportsTo"),
    DATE_POSTED("details.datePosted"),
    CLOSING_DATE("details.closingDate"),
    HOW_TO_APPLY("details.howToApply"),
    HOW_TO_APPLY_URL("details.howToApply.url"),
    HOW_TO_APPLY_EMAIL("details.howToApply.email"),
    HOW_TO_APPLY_INSTRUCTIONS("details.howToApply.instructions");

    private final String path;

    DetailsField(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
