package app.postwright.ui.editor;

import app.postwright.model.Posting;
import javafx.scene.Node;

/** The form for the item selected in the outline: "Posting details" or one section. */
public interface ItemEditor {
    Node view();

    /** Shows {@code posting}'s state (after an edit, undo or redo) without disturbing the field being typed in. */
    void refresh(Posting posting);

    /** Puts the keyboard focus on the form's first field. */
    void focusFirst();
}
