package app.postwright.ui;

import app.postwright.ui.document.DocumentModel;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** The bottom bar: a passing message on the left, save state and word count with reading time on the right. */
final class StatusBar extends HBox {
    private final Label message = new Label();
    private final PauseTransition fade = new PauseTransition(Duration.seconds(6));

    StatusBar(DocumentModel document) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        message.setId("status-message");
        Label saveState = new Label();
        saveState.setId("status-save-state");
        saveState.textProperty().bind(Bindings.when(document.dirtyProperty()).then("Unsaved changes")
                .otherwise("All changes saved"));
        Label words = new Label();
        words.setId("status-words");
        words.textProperty().bind(Bindings.createStringBinding(() -> WordCount.of(document.posting()).display(),
                document.postingProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, spacer, saveState, separator(), words);
        fade.setOnFinished(e -> message.setText(""));
    }

    /** Shows {@code text} for a few seconds. */
    void show(String text) {
        message.setText(text);
        fade.playFromStart();
    }

    private static Label separator() {
        Label separator = new Label("|");
        separator.getStyleClass().add("muted");
        return separator;
    }
}
