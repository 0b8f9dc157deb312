package app.postwright.ui.editor;

import app.postwright.model.Posting;
import javafx.beans.property.Property;
import javafx.scene.control.TextInputControl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Two-way links between form controls and the document: a user change calls the view-model, a new posting state
 * updates the controls only where they differ (so the caret stays put while typing). Changes made while refreshing
 * are not sent back, which keeps undo and redo from echoing.
 */
final class FormBindings {
    private final List<Consumer<Posting>> refreshers = new ArrayList<>();
    private boolean refreshing;

    /** {@code read} may return null when the posting has no such value any more (the item is being replaced). */
    void text(TextInputControl control, Function<Posting, String> read, Consumer<String> typed) {
        text(control, read, typed, (posting, text) -> text);
    }

    /**
     * Like {@link #text(TextInputControl, Function, Consumer)} for values the model normalises (trimmed, upper
     * case, split lists): {@code stored} tells what the model would hold for a text, and the control is left alone
     * while that equals the model's value, so typing "New " is not cut back to "New" under the caret.
     */
    void text(TextInputControl control, Function<Posting, String> read, Consumer<String> typed,
              BiFunction<Posting, String, String> stored) {
        control.textProperty().addListener((obs, old, text) -> {
            if (!refreshing) {
                typed.accept(text);
            }
        });
        refreshers.add(posting -> {
            String value = read.apply(posting);
            if (value != null && !value.equals(stored.apply(posting, control.getText()))) {
                control.setText(value);
            }
        });
    }

    <T> void value(Property<T> property, Function<Posting, T> read, Consumer<T> chosen) {
        property.addListener((obs, old, value) -> {
            if (!refreshing) {
                chosen.accept(value);
            }
        });
        refreshers.add(posting -> {
            T value = read.apply(posting);
            if (!Objects.equals(value, property.getValue())) {
                property.setValue(value);
            }
        });
    }

    /** Runs {@code refresher} on every refresh, for controls with their own update logic. */
    void custom(Consumer<Posting> refresher) {
        refreshers.add(refresher);
    }

    void refresh(Posting posting) {
        refreshing = true;
        try {
            refreshers.forEach(refresher -> refresher.accept(posting));
        } finally {
            refreshing = false;
        }
    }
}
