package app.postwright.ui.check;

import app.postwright.check.Finding;
import app.postwright.render.Span;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.util.Duration;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Takes the writer to a finding: selects its item in the outline (which shows that item's form), focuses the
 * control the finding is about, selects the flagged characters and scrolls the form so they can be seen.
 */
public final class FindingNavigator {
    /**
     * How often the focus is checked again after a layout. The form of a newly selected item gets its final size in
     * the pulses that follow, and a virtualised list (the bullets) may make or recycle the row holding the control
     * then, which takes the focus away from it (seen in about one run in four of the window test).
     */
    private static final int RECHECKS = 4;
    private static final Duration RECHECK_AFTER = Duration.millis(60);

    private final IntConsumer selectItem;
    private final Function<String, Optional<Node>> controls;
    private final Runnable focusForm;

    /**
     * @param selectItem selects an outline item: -1 for the posting details, otherwise a section index
     * @param controls   a control of the selected item's form by id, laid out and scrolled into view
     * @param focusForm  focuses the form's first field, for findings about a section as a whole
     */
    public FindingNavigator(IntConsumer selectItem, Function<String, Optional<Node>> controls, Runnable focusForm) {
        this.selectItem = selectItem;
        this.controls = controls;
        this.focusForm = focusForm;
    }

    /** Goes to {@code finding}; findings about the whole posting have no place to go. */
    public void goTo(Finding finding) {
        FindingTarget.of(finding.location()).ifPresent(target -> {
            selectItem.accept(target.outlineIndex());
            // After the click or key press that asked for it has been handled, so the list does not take the focus
            // back; the form of the newly selected item exists already, but is laid out only now.
            Platform.runLater(() -> focus(target, RECHECKS));
        });
    }

    private void focus(FindingTarget target, int rechecksLeft) {
        Node control = target.controlId() == null ? null : controls.apply(target.controlId()).orElse(null);
        if (control == null && (target.controlId() == null || rechecksLeft == 0)) {
            focusForm.run();
            return;
        }
        if (control != null) {
            control.requestFocus();
            if (control instanceof TextInputControl text) {
                select(text, target.span());
            }
            scrollIntoView(control);
        }
        if (rechecksLeft > 0) {
            PauseTransition settle = new PauseTransition(RECHECK_AFTER);
            ScrollPane form = control == null ? null : enclosingScrollPane(control);
            settle.setOnFinished(e -> {
                boolean held = controls.apply(target.controlId()).map(Node::isFocused).orElse(false);
                if (!held && !focusMovedAway(form)) {
                    focus(target, rechecksLeft - 1);
                }
            });
            settle.play();
        }
    }

    /**
     * True when the user has started typing in a field outside the form meanwhile: that focus is theirs and is not
     * taken back. A list holding the focus (the outline, the checks, the bullet list itself) is the leftover of the
     * click or layout this navigation follows.
     */
    private static boolean focusMovedAway(ScrollPane form) {
        if (form == null || form.getScene() == null) {
            return false;
        }
        Node owner = form.getScene().getFocusOwner();
        if (!(owner instanceof TextInputControl)) {
            return false;
        }
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == form) {
                return false;
            }
        }
        return true;
    }

    /** Selects the span, clamped to the text: the findings may be a moment older than the latest keystroke. */
    private static void select(TextInputControl text, Span span) {
        int length = text.getLength();
        text.selectRange(Math.min(span.start(), length), Math.min(span.end(), length));
    }

    /** Scrolls the form's scroll pane so that {@code control} is in view, about a third from the top. */
    private static void scrollIntoView(Node control) {
        ScrollPane scroll = enclosingScrollPane(control);
        if (scroll == null || scroll.getContent() == null) {
            return;
        }
        Node content = scroll.getContent();
        double viewport = scroll.getViewportBounds().getHeight();
        double overflow = content.getLayoutBounds().getHeight() - viewport;
        if (overflow <= 0) {
            return;
        }
        Bounds bounds = content.sceneToLocal(control.localToScene(control.getLayoutBounds()));
        double top = scroll.getVvalue() * overflow;
        if (bounds.getMinY() < top || bounds.getMaxY() > top + viewport) {
            double wanted = Math.max(0, Math.min(overflow, bounds.getMinY() - viewport / 3));
            scroll.setVvalue(wanted / overflow);
        }
    }

    private static ScrollPane enclosingScrollPane(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }
}
