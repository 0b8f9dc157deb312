package app.postwright.ui;

import app.postwright.ui.document.DocumentModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar above the editor while the document is read-only: why (a draft from a newer Postwright) and what still
 * works, with a button for Save As. It takes no room otherwise.
 */
final class ReadOnlyNotice extends HBox {

    ReadOnlyNotice(DocumentModel document, Runnable saveAs) {
        setId("read-only-notice");
        getStyleClass().add("notice-bar");
        Label text = new Label();
        text.setId("read-only-notice-text");
        text.setWrapText(true);
        // Wrapped over as many lines as the window's width needs, never cut off with an ellipsis.
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(document.readOnlyNoticeProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button copy = new Button("Save As\u2026");
        copy.setId("read-only-save-as");
        copy.setMinWidth(USE_PREF_SIZE);
        copy.setOnAction(e -> saveAs.run());
        getChildren().addAll(text, copy);
        visibleProperty().bind(document.readOnlyProperty());
        managedProperty().bind(visibleProperty());
    }
}
