package app.postwright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A whole job posting: its details and its ordered sections. Immutable; every edit makes a new Posting, so
 * record equality tells whether two states differ (the editor's "dirty" flag and undo rely on it).
 *
 * @param dismissedFindings ids of check findings the writer dismissed for this draft
 * @param extra             top-level draft fields unknown to this version, kept through load and save
 */
public record Posting(PostingDetails details, List<Section> sections, List<String> dismissedFindings,
                      Map<String, Object> extra) {

    public static final Posting EMPTY = new Posting(PostingDetails.EMPTY, List.of(), List.of(), Map.of());

    public Posting {
        details = details == null ? PostingDetails.EMPTY : details;
        sections = Text.copy(sections);
        dismissedFindings = Text.copy(dismissedFindings);
        extra = Text.copy(extra);
    }

    public Posting(PostingDetails details, List<Section> sections) {
        this(details, sections, List.of(), Map.of());
    }

    /** The sections shown in output, in order. */
    public List<Section> visibleSections() {
        return sections.stream().filter(Section::visible).toList();
    }

    public Posting withDetails(PostingDetails value) {
        return new Posting(value, sections, dismissedFindings, extra);
    }

    public Posting withSections(List<Section> value) {
        return new Posting(details, value, dismissedFindings, extra);
    }

    public Posting withDismissedFindings(List<String> value) {
        return new Posting(details, sections, value, extra);
    }

    public Posting withSection(int index, Section section) {
        List<Section> copy = new ArrayList<>(sections);
        copy.set(index, section);
        return withSections(copy);
    }

    public Posting withSectionAdded(int index, Section section) {
        List<Section> copy = new ArrayList<>(sections);
        copy.add(index, section);
        return withSections(copy);
    }

    public Posting withSectionRemoved(int index) {
        List<Section> copy = new ArrayList<>(sections);
        copy.remove(index);
        return withSections(copy);
    }

    /** Moves the section at {@code from} so that it ends up at index {@code to}. */
    public Posting withSectionMoved(int from, int to) {
        List<Section> copy = new ArrayList<>(sections);
        copy.add(to, copy.remove(from));
        return withSections(copy);
    }
}
