package app.postwright.ui;

import app.postwright.ui.document.DocumentModel;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;

/**
 * Locks the form while the document is read-only: text fields and areas stop being editable (their text can
 * still be selected and copied), buttons, check boxes, choice boxes and pickers are disabled. The forms themselves
 * know nothing of read-only documents; the lock is laid over whatever the host shows, and it watches every pane
 * under the host, so a form built for another outline item, or rows a form adds later, are locked as they appear.
 * The document model ignores edits of a read-only document anyway, so a control missed here could not change it,
 * only look as if it could.
 */
final class ReadOnlyLock {
    /** Marks the controls this lock changed, so that unlocking restores exactly those. */
    private static final String LOCKED = ReadOnlyLock.class.getName() + ".locked";
    /** Marks the panes whose children this lock watches. */
    private static final String WATCHED = ReadOnlyLock.class.getName() + ".watched";

    private final DocumentModel document;
    private final ListChangeListener<Node> onChildrenChanged = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::visit);
        }
    };

    private ReadOnlyLock(DocumentModel document) {
        this.document = document;
    }

    /** Locks the input controls under {@code host} whenever {@code document} is read-only. */
    static void install(Parent host, DocumentModel document) {
        ReadOnlyLock lock = new ReadOnlyLock(document);
        document.readOnlyProperty().addListener((obs, was, readOnly) -> lock.visit(host));
        lock.visit(host);
    }

    private void visit(Node node) {
        boolean lock = document.isReadOnly();
        if (node instanceof TextInputControl text) {
            setLocked(node, lock, () -> text.setEditable(false), () -> text.setEditable(true), text.isEditable());
        } else if (isInput(node)) {
            setLocked(node, lock, () -> node.setDisable(true), () -> node.setDisable(false),
                    !node.isDisable() && !node.disableProperty().isBound());
        } else {
            if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
                // A scroll pane's content is among its children only once its skin exists (after a CSS pass).
                visit(scroll.getContent());
            }
            if (node instanceof Parent parent) {
                watch(parent);
                parent.getChildrenUnmodifiable().forEach(this::visit);
            }
        }
    }

    private void watch(Parent parent) {
        if (parent.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) == null) {
            parent.getChildrenUnmodifiable().addListener(onChildrenChanged);
        }
    }

    private static boolean isInput(Node node) {
        return node instanceof ButtonBase || node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?>
                || node instanceof Spinner<?> || node instanceof Slider;
    }

    /**
     * Locks an unlocked control that {@code canLock} (it is editable or enabled now), or unlocks one this lock
     * locked; others are left alone.
     */
    private static void setLocked(Node node, boolean lock, Runnable locker, Runnable unlocker, boolean canLock) {
        boolean locked = node.getProperties().containsKey(LOCKED);
        if (lock && !locked && canLock) {
            locker.run();
            node.getProperties().put(LOCKED, Boolean.TRUE);
        } else if (!lock && locked) {
            unlocker.run();
            node.getProperties().remove(LOCKED);
        }
    }
}
