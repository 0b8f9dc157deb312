package app.postwright.ui.editor;

import app.postwright.model.TextSection;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A free-text section: paragraphs of inline Markdown in one text area. */
final class TextSectionEditor extends SectionForm<TextSection> {
    TextSectionEditor(TextSectionViewModel model) {
        super(model, "Text", "Separate paragraphs with a blank line. Inline Markdown works: **bold**, *italic*, "
                + "[link text](https://example.com).");
        TextArea text = new TextArea();
        text.setId("section-text");
        text.setWrapText(true);
        text.setPrefRowCount(18);
        text.setPromptText("Write this section…");
        text.setAccessibleText("Section text");
        VBox.setVgrow(text, Priority.ALWAYS);
        bindings.text(text, p -> model.in(p).map(TextSection::text).orElse(null), model::typeText);
        body.getChildren().add(text);
    }
}
