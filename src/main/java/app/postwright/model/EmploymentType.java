package app.postwright.model;

/** The kind of contract offered; the names follow schema.org's JobPosting employmentType values. */
public enum EmploymentType {
    FULL_TIME("Full-time"),
    PART_TIME("Part-time"),
    CONTRACT("Contract"),
    TEMPORARY("Temporary"),
    INTERNSHIP("Internship"),
    VOLUNTEER("Volunteer"),
    PER_DIEM("Per diem"),
    OTHER("Other");

    private final String label;

    EmploymentType(String label) {
        this.label = label;
    }

    /** The human-readable label used in forms and exports. */
    public String label() {
        return label;
    }
}
