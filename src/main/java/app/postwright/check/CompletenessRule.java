package app.postwright.check;

import app.postwright.model.FieldsSection;
import app.postwright.model.PostingDetails;
import app.postwright.model.Section;
import app.postwright.model.WorkplaceType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completeness: the facts every posting needs (warnings when missing) and unfilled template placeholders such as
 * "[City, State]", "{{company}}" or "&lt;&lt;salary&gt;&gt;" (errors: published, they make the posting look broken).
 */
public final class CompletenessRule implements Rule {
    static final String PREFIX = "completeness.";
    static final String PLACEHOLDER = PREFIX + "placeholder";

    /**
     * Square brackets that are not a Markdown link "[text](url)" / "[text][ref]" nor a checkbox "[ ]"/"[x]";
     * double braces; double angle brackets.
     */
    private static final Pattern PLACEHOLDER_PATTERN = Pattern.compile(
            "(?<!])\\[(?!\\s*[xX]?\\s*])[^\\[\\]\\n]{2,80}](?![(\\[])|\\{\\{[^{}\\n]{1,80}}}|<<[^<>\\n]{1,80}>>");
    private static final Pattern RESPONSIBILITIES = Pattern.compile(
            "(?i)responsibilit|dut(y|ies)|what you('|’)?ll do|what you will do|your role|the role|day[- ]to[- ]day");
    private static final Pattern QUALIFICATIONS = Pattern.compile(
            "(?i)qualification|requirement|skills|experience|what you('|’)?ll (bring|need)|what we('|’)?re looking"
                    + "|about you|who you are|you have|education");
    private static final Pattern HOW_TO_APPLY = Pattern.compile("(?i)how to apply|appl(y|ication)");

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        PostingDetails details = context.posting().details();
        if (details.title().isBlank()) {
            findings.add(missing("title", DetailsField.TITLE, "The posting has no job title.",
                    "Enter the job title in Posting details, e.g. “Backend Developer”."));
        }
        if (details.company().name().isBlank()) {
            findings.add(missing("company", DetailsField.COMPANY_NAME, "The hiring company is not named.",
                    "Enter the company name in Posting details."));
        }
        if (details.location().isEmpty() && details.workplaceType() != WorkplaceType.REMOTE) {
            findings.add(missing("location", DetailsField.LOCATION, "The posting says neither where the job is "
                    + "nor that it is remote.", "Enter the city and country, or set the workplace type to Remote."));
        }
        if (details.employmentType() == null) {
            findings.add(missing("employment-type", DetailsField.EMPLOYMENT_TYPE,
                    "The employment type (full-time, part-time, contract…) is not set.",
                    "Choose the employment type in Posting details."));
        }
        if (!context.hasVisibleSection(RESPONSIBILITIES)) {
            findings.add(new Finding(PREFIX + "responsibilities", Severity.WARNING, FindingLocation.posting(),
                    "No section lists the responsibilities.", "Add a “Responsibilities” section.", ""));
        }
        if (!context.hasVisibleSection(QUALIFICATIONS)) {
            findings.add(new Finding(PREFIX + "qualifications", Severity.WARNING, FindingLocation.posting(),
                    "No section lists the qualifications.", "Add a “Qualifications” section.", ""));
        }
        if (details.howToApply().isEmpty() && !context.hasVisibleSection(HOW_TO_APPLY)
                && !hasApplicationField(context.posting().visibleSections())) {
            findings.add(missing("how-to-apply", DetailsField.HOW_TO_APPLY, "The posting does not say how to apply.",
                    "Enter an application link or email address in Posting details."));
        }
        placeholders(context, findings);
        return findings;
    }

    private static boolean hasApplicationField(List<Section> sections) {
        return sections.stream().filter(FieldsSection.class::isInstance).map(FieldsSection.class::cast)
                .flatMap(s -> s.fields().stream())
                .anyMatch(f -> HOW_TO_APPLY.matcher(f.key()).find() && !f.value().isBlank());
    }

    private static Finding missing(String what, DetailsField field, String message, String suggestion) {
        return new Finding(PREFIX + what, Severity.WARNING, FindingLocation.details(field), message, suggestion, "");
    }

    /** Placeholders are matched on the raw text: brackets are what the writer sees in the template. */
    private static void placeholders(CheckContext context, List<Finding> findings) {
        for (TextItem item : context.items()) {
            Matcher m = PLACEHOLDER_PATTERN.matcher(item.raw());
            while (m.find()) {
                findings.add(new Finding(PLACEHOLDER, Severity.ERROR, item.atRaw(m.start(), m.end()),
                        "Unfilled template placeholder “" + m.group() + "”.",
                        "Replace it with the real value, or delete it.", m.group()));
            }
        }
    }
}
