package app.postwright.ui.outline;

import app.postwright.model.Posting;
import app.postwright.model.Section;
import app.postwright.ui.document.DocumentModel;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * The outline's logic: which item is selected (-1 = posting details) and the structure edits on sections. Every
 * edit is one undo step and the selection follows the section it acted on.
 */
public final class OutlineViewModel {
    private final DocumentModel document;
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);

    public OutlineViewModel(DocumentModel document) {
        this.document = document;
        // After undo/redo the selected section may be gone: fall back to the nearest one that exists.
        document.postingProperty().addListener((obs, old, posting) -> clampSelection(posting));
    }

    /** The selected item: -1 for "Posting details", otherwise a section index. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    public int selected() {
        return selected.get();
    }

    public void select(int index) {
        selected.set(index);
    }

    public List<OutlineEntry> entries(Posting posting) {
        List<OutlineEntry> entries = new ArrayList<>();
        entries.add(OutlineEntry.DETAILS);
        for (int i = 0; i < posting.sections().size(); i++) {
            entries.add(OutlineEntry.of(i, posting.sections().get(i)));
        }
        return entries;
    }

    /** Adds {@code section} after the selected one (at the top when the details are selected) and selects it. */
    public void add(Section section) {
        int at = selected() + 1;
        document.edit(p -> p.withSectionAdded(at, section));
        select(at);
    }

    public void remove(int index) {
        if (isSection(index)) {
            document.edit(p -> p.withSectionRemoved(index));
            select(Math.min(index, document.posting().sections().size() - 1));
        }
    }

    public void duplicate(int index) {
        if (isSection(index)) {
            Section copy = sectionAt(index);
            document.edit(p -> p.withSectionAdded(index + 1, copy.withHeading(copy.heading() + " (copy)")));
            select(index + 1);
        }
    }

    public void rename(int index, String heading) {
        if (isSection(index)) {
            document.edit(p -> p.withSection(index, p.sections().get(index).withHeading(heading.strip())));
        }
    }

    /** Hides the section from every output (it stays in the draft), or shows it again. */
    public void toggleVisible(int index) {
        if (isSection(index)) {
            document.edit(p -> p.withSection(index, p.sections().get(index).withVisible(!sectionAt(index).visible())));
        }
    }

    /** Moves section {@code from} to index {@code to} (clamped) and keeps it selected. */
    public void move(int from, int to) {
        int last = document.posting().sections().size() - 1;
        int target = Math.max(0, Math.min(last, to));
        if (isSection(from) && target != from) {
            document.edit(p -> p.withSectionMoved(from, target));
            select(target);
        }
    }

    public boolean isSection(int index) {
        return index >= 0 && index < document.posting().sections().size();
    }

    private Section sectionAt(int index) {
        return document.posting().sections().get(index);
    }

    private void clampSelection(Posting posting) {
        if (selected() >= posting.sections().size()) {
            select(posting.sections().size() - 1);
        }
    }
}
