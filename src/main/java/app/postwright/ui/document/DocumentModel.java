package app.postwright.ui.document;

import app.postwright.model.Posting;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The one document state of the editor: the current {@link Posting}, the file it belongs to, and an undo history of
 * posting snapshots. "Dirty" is simply current != last saved (record equality), so undoing back to the saved state
 * clears it. Every edit, structural or typed, goes through {@link #edit} or {@link #type}. A document loaded
 * read-only ({@link #loadReadOnly}) does not change at all: edits and undo are ignored, whatever control sent them.
 */
public final class DocumentModel {
    /** At least the 200 steps the issue asks for; snapshots share unchanged records, so this stays small. */
    public static final int UNDO_LIMIT = 500;

    private final ReadOnlyObjectWrapper<Posting> posting = new ReadOnlyObjectWrapper<>(this, "posting", Posting.EMPTY);
    private final ObjectProperty<Posting> savedPosting = new SimpleObjectProperty<>(this, "savedPosting",
            Posting.EMPTY);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    /** Why the document is read-only, for the notice above the form; null while it can be edited. */
    private final ReadOnlyObjectWrapper<String> readOnlyNotice = new ReadOnlyObjectWrapper<>(this, "readOnlyNotice");
    private final BooleanBinding readOnly = readOnlyNotice.isNotNull();
    private final BooleanBinding dirty = Bindings.createBooleanBinding(
            () -> !posting.get().equals(savedPosting.get()), posting, savedPosting);
    private final Deque<Posting> undo = new ArrayDeque<>();
    private final Deque<Posting> redo = new ArrayDeque<>();
    private final TypingCoalescer coalescer = new TypingCoalescer();

    public ReadOnlyObjectProperty<Posting> postingProperty() {
        return posting.getReadOnlyProperty();
    }

    public Posting posting() {
        return posting.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** True while the document is shown read-only; see {@link #loadReadOnly}. */
    public BooleanBinding readOnlyProperty() {
        return readOnly;
    }

    public boolean isReadOnly() {
        return readOnly.get();
    }

    /** Why the document is read-only, in a sentence or two for the user; null while it can be edited. */
    public ReadOnlyObjectProperty<String> readOnlyNoticeProperty() {
        return readOnlyNotice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /**
     * Replaces the whole document, e.g. after opening a file or choosing a template; {@code file} is null for an
     * untitled document. The loaded state counts as unchanged until the first edit.
     */
    public void load(Posting value, Path file) {
        undo.clear();
        redo.clear();
        coalescer.reset();
        readOnlyNotice.set(null);
        this.file.set(file);
        posting.set(Objects.requireNonNull(value));
        savedPosting.set(value);
        updateFlags();
    }

    /**
     * Replaces the whole document with one that must not change (a draft from a newer Postwright): {@code notice}
     * says why. It stays read-only until another document is loaded or a copy of it is saved elsewhere
     * ({@link #markSaved}).
     */
    public void loadReadOnly(Posting value, Path file, String notice) {
        load(value, file);
        readOnlyNotice.set(Objects.requireNonNull(notice));
    }

    /**
     * Replaces the whole document with a state that was never saved to {@code file} (a draft recovered after a
     * crash): it counts as changed until saved, even where it equals the file's content.
     */
    public void loadUnsaved(Posting value, Path file) {
        load(value, file);
        savedPosting.set(null);
    }

    /**
     * Records that the current posting was written to {@code target}. A read-only document becomes editable: the
     * copy is a file of this version's format.
     */
    public void markSaved(Posting saved, Path target) {
        readOnlyNotice.set(null);
        file.set(target);
        savedPosting.set(saved);
        coalescer.reset();
    }

    /** A structural edit (add, remove, move, rename...): always its own undo step. */
    public void edit(UnaryOperator<Posting> change) {
        if (!isReadOnly()) {
            coalescer.reset();
            apply(change.apply(posting.get()), true);
        }
    }

    /**
     * Typing into the text field {@code fieldKey}: consecutive keystrokes in one field are coalesced into
     * word-sized undo steps.
     */
    public void type(String fieldKey, String before, String after, UnaryOperator<Posting> change) {
        if (!isReadOnly()) {
            apply(change.apply(posting.get()), coalescer.startsNewStep(fieldKey, before, after));
        }
    }

    public void undo() {
        if (!undo.isEmpty()) {
            coalescer.reset();
            redo.push(posting.get());
            posting.set(undo.pop());
            updateFlags();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            coalescer.reset();
            undo.push(posting.get());
            posting.set(redo.pop());
            updateFlags();
        }
    }

    private void apply(Posting next, boolean newStep) {
        Posting current = posting.get();
        if (next.equals(current)) {
            return;
        }
        if (newStep || undo.isEmpty()) {
            undo.push(current);
            if (undo.size() > UNDO_LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        posting.set(next);
        updateFlags();
    }

    private void updateFlags() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
