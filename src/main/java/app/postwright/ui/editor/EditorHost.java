package app.postwright.ui.editor;

import app.postwright.model.Posting;
import app.postwright.ui.document.DocumentModel;
import javafx.beans.property.IntegerProperty;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import java.util.Optional;

/**
 * The centre of the window: the form of the item selected in the outline. A new form is built when the selection
 * changes or undo/redo puts a section of another kind at the selected place; otherwise the form is refreshed.
 */
public final class EditorHost extends StackPane {
    private final DocumentModel document;
    private final IntegerProperty selected;
    private ItemEditor editor;
    private Class<?> editorKind;
    /** The section index the form edits; the details form is shown for any index without a section. */
    private int editorIndex = Integer.MIN_VALUE;

    public EditorHost(DocumentModel document, IntegerProperty selected) {
        this.document = document;
        this.selected = selected;
        setId("editor-host");
        getStyleClass().add("editor-host");
        document.postingProperty().addListener((obs, old, posting) -> show(posting));
        selected.addListener((obs, old, index) -> show(document.posting()));
        show(document.posting());
    }

    /** Puts the keyboard focus in the form's first field. */
    public void focusForm() {
        editor.focusFirst();
    }

    /** A control of the shown form by id, scrolled into view (see {@link ItemEditor#control}). */
    public Optional<Node> control(String id) {
        return editor.control(id);
    }

    private void show(Posting posting) {
        int index = selected.get();
        boolean details = index < 0 || index >= posting.sections().size();
        // The details form stands for itself; a section form is tied to its section's record class.
        Class<?> kind = details ? DetailsForm.class : posting.sections().get(index).getClass();
        if (editor == null || (!details && index != editorIndex) || kind != editorKind) {
            editorIndex = index;
            editorKind = kind;
            editor = details ? new DetailsForm(new DetailsViewModel(document))
                    : SectionEditors.forSection(document, index);
            getChildren().setAll(editor.view());
        }
        editor.refresh(posting);
    }
}
