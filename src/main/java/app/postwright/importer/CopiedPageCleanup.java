package app.postwright.importer;

import app.postwright.model.BulletSection;
import app.postwright.model.FaqSection;
import app.postwright.model.FieldsSection;
import app.postwright.model.Posting;
import app.postwright.model.Section;
import app.postwright.model.StandardSection;
import app.postwright.model.TextSection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tidies what plain text and HTML import produced from a posting copied off a job board or a "job description
 * template" page: "Backend Systems Developer Job Description [Updated for 2025]" → "Backend Systems Developer";
 * "Backend Systems Developer Duties and Responsibilities" → "Duties and Responsibilities" (a standard catalog
 * heading, spelled as the catalog does). A heading with nothing under it (a group heading such as "... Job
 * Description Template") and a closing "Conclusion" with everything after it (links to other articles) become
 * hidden sections: kept in the draft, one click from being shown, but not in the output. Markdown import does not
 * do this: Postwright's own Markdown must come back exactly as written.
 */
final class CopiedPageCleanup {
    /** A bracketed note about the page, not the job: "[Updated for 2025]". "[m/f/d]" stays. */
    private static final Pattern PAGE_NOTE = Pattern.compile("(?i)\\s*\\[[^\\]]*(?:\\d{4}|updated)[^\\]]*\\]\\s*$");
    private static final Pattern JOB_DESCRIPTION_SUFFIX = Pattern.compile("(?i)\\s+job description$");
    private static final Pattern JOB_DESCRIPTION_PREFIX = Pattern.compile("(?i)^job description\\s+");
    /** The page's closing words; they and everything after them (links to other articles) are not the posting. */
    private static final Pattern OUTRO = Pattern.compile("(?i)conclusion|final thoughts");

    Posting apply(Posting posting) {
        String title = JOB_DESCRIPTION_SUFFIX.matcher(PAGE_NOTE.matcher(posting.details().title()).replaceAll(""))
                .replaceAll("");
        List<Section> sections = new ArrayList<>();
        boolean outro = false;
        for (Section section : posting.sections()) {
            outro = outro || OUTRO.matcher(section.heading()).matches();
            Section renamed = section.withHeading(heading(section.heading(), title));
            sections.add(outro || isEmpty(renamed) ? renamed.withVisible(false) : renamed);
        }
        return posting.withDetails(posting.details().withTitle(title)).withSections(sections);
    }

    /**
     * Drops a leading job title and uses the catalog's spelling of a standard heading; "Job Description" after the
     * title is dropped too when what remains is a standard heading ("... Job Description FAQs" → "FAQs").
     */
    static String heading(String heading, String title) {
        boolean startsWithTitle = !title.isEmpty() && heading.length() > title.length()
                && heading.regionMatches(true, 0, title, 0, title.length())
                && Character.isWhitespace(heading.charAt(title.length()));
        String rest = startsWithTitle ? heading.substring(title.length()).strip() : heading;
        String withoutFiller = JOB_DESCRIPTION_PREFIX.matcher(rest).replaceAll("");
        return standard(withoutFiller).or(() -> standard(rest)).orElse(rest);
    }

    private static Optional<String> standard(String heading) {
        return Arrays.stream(StandardSection.values())
                .map(StandardSection::heading)
                .filter(standard -> standard.toLowerCase(Locale.ROOT).equals(heading.toLowerCase(Locale.ROOT)))
                .findFirst();
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
