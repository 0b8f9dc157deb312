package app.postwright.check;

import app.postwright.render.InlineText;
import app.postwright.render.Span;

import java.util.function.Function;

/**
 * One piece of text the writer typed (a title, heading, paragraph, bullet, field or FAQ entry) with the way to
 * turn a span in it into a {@link FindingLocation}. Word rules work on these so they never need to know the model.
 *
 * @param section index in {@code posting.sections()}, or -1 for details fields
 */
record TextItem(Kind kind, int section, String raw, InlineText inline, Function<Span, FindingLocation> locate) {

    /** What role the text plays; word counts and readability use body text only. */
    enum Kind {
        /** A details field written as prose: the title or the application instructions. */
        DETAIL,
        /**
         * A details field that names something: company, department, location, the person the job reports to
         * ("Development Team Leader" describes them, not the candidate), the application link or email. Only
         * placeholders are looked for here.
         */
        NAME,
        /** A section heading, field key or FAQ question: short labels, not prose. */
        LABEL,
        /** Paragraphs, bullets, field values and FAQ answers. */
        BODY
    }

    TextItem(Kind kind, int section, String raw, Function<Span, FindingLocation> locate) {
        this(kind, section, raw, InlineText.parse(raw), locate);
    }

    String plain() {
        return inline.plain();
    }

    boolean isBullet() {
        return locate.apply(Span.NONE) instanceof FindingLocation.InSection in && in.part() == SectionPart.BULLET;
    }

    /** The location of the visible characters [plainStart, plainEnd). */
    FindingLocation at(int plainStart, int plainEnd) {
        return locate.apply(inline.rawSpan(plainStart, plainEnd));
    }

    /** The location of raw characters [start, end) (for rules that match the raw text, like placeholders). */
    FindingLocation atRaw(int start, int end) {
        return locate.apply(new Span(start, end));
    }
}
