package app.postwright.model;

import java.util.List;
import java.util.Map;

/**
 * The catalog of standard sections, following the reference "Backend Systems Developer" posting. Users may add
 * these from the outline or create custom ones.
 */
public enum StandardSection {
    JOB_BRIEF("Job Brief", Kind.TEXT),
    DUTIES_AND_RESPONSIBILITIES("Duties and Responsibilities", Kind.BULLETS),
    RESPONSIBILITIES("Responsibilities", Kind.BULLETS),
    QUALIFICATIONS("Qualifications", Kind.BULLETS),
    SKILLS("Skills", Kind.BULLETS),
    EXPERIENCE("Experience", Kind.TEXT),
    EDUCATION_AND_TRAINING("Education and Training", Kind.TEXT),
    SALARY("Salary", Kind.TEXT),
    BENEFITS("Benefits", Kind.BULLETS),
    ADDITIONAL_INFORMATION("Additional Information", Kind.FIELDS),
    FAQS("FAQs", Kind.FAQ);

    /** The four section kinds, for creating an empty section of a chosen kind. */
    public enum Kind {
        TEXT, BULLETS, FIELDS, FAQ;

        /** A new, empty, visible section of this kind. */
        public Section create(String heading) {
            return switch (this) {
                case TEXT -> new TextSection(heading, "");
                case BULLETS -> new BulletSection(heading, List.of());
                case FIELDS -> new FieldsSection(heading, List.of());
                case FAQ -> new FaqSection(heading, true, List.of(), Map.of());
            };
        }
    }

    private final String heading;
    private final Kind kind;

    StandardSection(String heading, Kind kind) {
        this.heading = heading;
        this.kind = kind;
    }

    public String heading() {
        return heading;
    }

    public Kind kind() {
        return kind;
    }

    /** A new, empty section with this heading and kind. */
    public Section create() {
        return kind.create(heading);
    }

    /** The standard fields of "Additional Information", in the order of the reference posting. */
    public static final List<String> ADDITIONAL_INFORMATION_KEYS = List.of("Job Title", "Work Environment",
            "Reporting Structure", "Salary", "Location", "Employment Type", "Equal Opportunity Statement",
            "Application Instructions");
}
