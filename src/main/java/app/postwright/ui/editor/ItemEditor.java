package app.postwright.ui.editor;

import app.postwright.model.Posting;
import javafx.scene.Node;
import javafx.scene.Parent;

import java.util.Optional;

/** The form for the item selected in the outline: "Posting details" or one section. */
public interface ItemEditor {
    Node view();

    /** Shows {@code posting}'s state (after an edit, undo or redo) without disturbing the field being typed in. */
    void refresh(Posting posting);

    /** Puts the keyboard focus on the form's first field. */
    void focusFirst();

    /**
     * The control with this id (as in {@link app.postwright.ui.check.FindingTarget}), laid out and scrolled into
     * view where the form shows only part of its rows; empty when the form has no such control.
     */
    default Optional<Node> control(String id) {
        Node view = view();
        // A form shown a moment ago is laid out only at the next pulse; its controls must be in place now.
        view.applyCss();
        if (view instanceof Parent parent) {
            parent.layout();
        }
        return Optional.ofNullable(view.lookup("#" + id));
    }
}
