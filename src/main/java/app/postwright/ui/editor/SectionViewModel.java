package app.postwright.ui.editor;

import app.postwright.model.Posting;
import app.postwright.model.Section;
import app.postwright.ui.document.DocumentModel;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Edits the section at one index of the document. Every change becomes a new Posting in the {@link DocumentModel};
 * typed changes are coalesced there into word-sized undo steps.
 */
public class SectionViewModel<S extends Section> {
    private final DocumentModel document;
    private final int index;
    private final Class<S> kind;

    public SectionViewModel(DocumentModel document, int index, Class<S> kind) {
        this.document = document;
        this.index = index;
        this.kind = kind;
    }

    public int index() {
        return index;
    }

    /** The section in {@code posting}, or empty when undo/redo has put another kind (or nothing) at the index. */
    public Optional<S> in(Posting posting) {
        return index < posting.sections().size() && kind.isInstance(posting.sections().get(index))
                ? Optional.of(kind.cast(posting.sections().get(index)))
                : Optional.empty();
    }

    public S section() {
        return in(document.posting()).orElseThrow(() -> new IllegalStateException("no section at " + index));
    }

    public void typeHeading(String heading) {
        type("heading", section().heading(), heading, s -> kind.cast(s.withHeading(heading)));
    }

    /** Shows the section in every output, or hides it while keeping it in the draft; one undo step. */
    public void setShown(boolean shown) {
        change(s -> kind.cast(s.withVisible(shown)));
    }

    /** A typed change in the field {@code field} of this section. */
    protected void type(String field, String before, String after, UnaryOperator<S> change) {
        document.type("section-" + index + "." + field, before, after, sectionChange(change));
    }

    /** A structural change of this section: its own undo step. */
    protected void change(UnaryOperator<S> change) {
        document.edit(sectionChange(change));
    }

    private UnaryOperator<Posting> sectionChange(UnaryOperator<S> change) {
        return posting -> in(posting).map(s -> posting.withSection(index, change.apply(s))).orElse(posting);
    }
}
