package app.postwright.check;

import app.postwright.render.Span;

/**
 * Where a finding is: the posting as a whole, one details field, or one part of one section. The editor uses it
 * to select the field or section item and highlight {@link #span()}; {@link #path()} names it stably for output
 * and for dismissal ids.
 */
public sealed interface FindingLocation {

    /** Stable name such as "posting", "details.salary" or "sections[2].bullets[3]" (without the span). */
    String path();

    /** Characters within the item's text; {@link Span#NONE} when the finding is about the item as a whole. */
    Span span();

    static FindingLocation posting() {
        return WholePosting.INSTANCE;
    }

    static Details details(DetailsField field) {
        return new Details(field, Span.NONE);
    }

    static InSection section(int section) {
        return new InSection(section, SectionPart.SECTION, 0, Span.NONE);
    }

    /** A finding about the whole posting, e.g. its word count or overall readability. */
    enum WholePosting implements FindingLocation {
        INSTANCE;

        @Override
        public String path() {
            return "posting";
        }

        @Override
        public Span span() {
            return Span.NONE;
        }
    }

    /** A details field, e.g. the title ("Rockstar developer") or the salary range. */
    record Details(DetailsField field, Span span) implements FindingLocation {
        @Override
        public String path() {
            return field.path();
        }
    }

    /**
     * One part of {@code posting.sections().get(section)}: its heading, paragraph, bullet, field or FAQ entry
     * number {@code item}.
     */
    record InSection(int section, SectionPart part, int item, Span span) implements FindingLocation {
        @Override
        public String path() {
            return part.path(section, item);
        }
    }
}
