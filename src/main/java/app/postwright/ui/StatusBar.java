package app.postwright.ui;

import app.postwright.ui.document.DocumentModel;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import java.util.List;

/** The bottom bar: a passing message on the left, save state and word count with reading time on the right. */
final class StatusBar extends HBox {
    private final Label message = new Label();
    private final Label saveState = new Label();
    private final Label words = new Label();
    private final Label wordsSeparator = separator();
    private final PauseTransition fade = new PauseTransition(Duration.seconds(6));

    StatusBar(DocumentModel document) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        message.setId("status-message");
        saveState.setId("status-save-state");
        saveState.textProperty().bind(Bindings.when(document.dirtyProperty()).then("Unsaved changes")
                .otherwise("All changes saved"));
        words.setId("status-words");
        words.textProperty().bind(Bindings.createStringBinding(() -> WordCount.of(document.posting()).display(),
                document.postingProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, spacer, saveState, wordsSeparator, words);
        fade.setOnFinished(e -> message.setText(""));
    }

    /** Adds a status indicator (such as the check counts) left of the save state; it takes no room while hidden. */
    void addIndicator(Node indicator) {
        Label separator = separator();
        separator.visibleProperty().bind(indicator.visibleProperty());
        separator.managedProperty().bind(indicator.visibleProperty());
        indicator.managedProperty().bind(indicator.visibleProperty());
        getChildren().addAll(getChildren().indexOf(saveState), List.of(indicator, separator));
    }

    /** Shows the save state and word count only while {@code documentShown} holds (not on the start view). */
    void showDocumentStateWhile(ObservableBooleanValue documentShown) {
        for (Node node : List.of(saveState, wordsSeparator, words)) {
            node.visibleProperty().bind(documentShown);
            node.managedProperty().bind(documentShown);
        }
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
