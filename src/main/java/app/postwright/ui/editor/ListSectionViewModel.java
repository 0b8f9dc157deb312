package app.postwright.ui.editor;

import app.postwright.model.Section;
import app.postwright.ui.document.DocumentModel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Sections that are an ordered list of entries (bullets, key–value fields, FAQ pairs): edit an entry, add, remove
 * and reorder entries. Typing in an entry is coalesced; adding, removing and moving are undo steps of their own.
 *
 * @param <S> the section kind
 * @param <T> the entry type
 */
public class ListSectionViewModel<S extends Section, T> extends SectionViewModel<S> {
    private final Function<S, List<T>> entries;
    private final BiFunction<S, List<T>, S> withEntries;

    public ListSectionViewModel(DocumentModel document, int index, Class<S> kind, Function<S, List<T>> entries,
                                BiFunction<S, List<T>, S> withEntries) {
        super(document, index, kind);
        this.entries = entries;
        this.withEntries = withEntries;
    }

    public List<T> entries() {
        return entries.apply(section());
    }

    /** Entries of this section in another posting state (empty when the section is gone). */
    public List<T> entriesIn(app.postwright.model.Posting posting) {
        return in(posting).map(entries).orElse(List.of());
    }

    /** Typing into part {@code part} of entry {@code i} ("text", "key", "value", ...). */
    public void typeEntry(int i, String part, String before, String after, T value) {
        type("entry-" + i + "." + part, before, after, s -> withEntry(s, i, value));
    }

    /** Replaces entry {@code i} as one undo step (for choices rather than typing). */
    public void setEntry(int i, T value) {
        change(s -> withEntry(s, i, value));
    }

    public void insert(int i, T value) {
        insertAll(i, List.of(value));
    }

    public void insertAll(int i, List<T> values) {
        change(s -> {
            List<T> copy = new ArrayList<>(entries.apply(s));
            copy.addAll(i, values);
            return withEntries.apply(s, copy);
        });
    }

    public void remove(int i) {
        change(s -> {
            List<T> copy = new ArrayList<>(entries.apply(s));
            copy.remove(i);
            return withEntries.apply(s, copy);
        });
    }

    /** Moves entry {@code i} by {@code delta} places; returns where it ended up (unchanged at either end). */
    public int move(int i, int delta) {
        int target = i + delta;
        if (target < 0 || target >= entries().size()) {
            return i;
        }
        change(s -> {
            List<T> copy = new ArrayList<>(entries.apply(s));
            copy.add(target, copy.remove(i));
            return withEntries.apply(s, copy);
        });
        return target;
    }

    /** Edits entry {@code i} and inserts {@code added} after it in one undo step. */
    protected void replaceAndInsert(int i, T replacement, List<T> added) {
        change(s -> {
            List<T> copy = new ArrayList<>(entries.apply(s));
            copy.set(i, replacement);
            copy.addAll(i + 1, added);
            return withEntries.apply(s, copy);
        });
    }

    private S withEntry(S section, int i, T value) {
        List<T> copy = new ArrayList<>(entries.apply(section));
        copy.set(i, value);
        return withEntries.apply(section, copy);
    }
}
