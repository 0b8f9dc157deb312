package app.postwright.importer;

import app.postwright.model.BulletSection;
import app.postwright.model.FaqSection;
import app.postwright.model.FieldsSection;
import app.postwright.model.Posting;
import app.postwright.model.Section;
import app.postwright.model.StandardSection;
import app.postwright.model.TextSection;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tidies what plain text import produced from a posting copied off a job board or a "job description template"
 * page: "Backend Systems Developer Job Description [Updated for 2025]" → "Backend Systems Developer";
 * "Backend Systems Developer Duties and Responsibilities" → "Duties and Responsibilities" (a standard catalog
 * heading, spelled as the catalog does); a heading with nothing under it (a group heading, a "related articles"
 * link) becomes a hidden section, kept but not shown. Markdown import does not do this: Postwright's own
 * Markdown must come back exactly as written.
 */
final class PlainTextCleanup {
    /** A bracketed note about the page, not the job: "[Updated for 2025]". "[m/f/d]" stays. */
    private static final Pattern PAGE_NOTE = Pattern.compile("(?i)\\s*\\[[^\\]]*(?:\\d{4}|updated)[^\\]]*\\]\\s*$");
    private static final Pattern JOB_DESCRIPTION_SUFFIX = Pattern.compile("(?i)\\s+job description$");
    private static final Pattern JOB_DESCRIPTION_PREFIX = Pattern.compile("(?i)^job description\\s+");

    Posting apply(Posting posting) {
        String title = JOB_DESCRIPTION_SUFFIX.matcher(PAGE_NOTE.matcher(posting.details().title()).replaceAll(""))
                .replaceAll("");
        return posting.withDetails(posting.details().withTitle(title))
                .withSections(posting.sections().stream().map(section -> tidy(section, title)).toList());
    }

    private static Section tidy(Section section, String title) {
        Section renamed = section.withHeading(heading(section.heading(), title));
        return isEmpty(renamed) ? renamed.withVisible(false) : renamed;
    }

    /** Drops a leading job title (and "Job Description") and uses the catalog's spelling of a standard heading. */
    static String heading(String heading, String title) {
        String rest = heading;
        if (!title.isEmpty() && heading.length() > title.length()
                && heading.regionMatches(true, 0, title, 0, title.length())
                && Character.isWhitespace(heading.charAt(title.length()))) {
            rest = heading.substring(title.length()).strip();
        }
        String withoutFiller = JOB_DESCRIPTION_PREFIX.matcher(rest).replaceAll("");
        String tidy = withoutFiller.isEmpty() ? rest : withoutFiller;
        return Arrays.stream(StandardSection.values())
                .map(StandardSection::heading)
                .filter(standard -> standard.toLowerCase(Locale.ROOT).equals(tidy.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElse(tidy);
    }

    private static boolean isEmpty(Section section) {
        return section.accept(new Section.Visitor<Boolean>() {
            @Override
            public Boolean text(TextSection text) {
                return text.text().isBlank();
            }

            @Override
            public Boolean bullets(BulletSection bullets) {
                return bullets.items().isEmpty();
            }

            @Override
            public Boolean fields(FieldsSection fields) {
                return fields.fields().isEmpty();
            }

            @Override
            public Boolean faq(FaqSection faq) {
                return faq.entries().isEmpty();
            }
        });
    }
}
