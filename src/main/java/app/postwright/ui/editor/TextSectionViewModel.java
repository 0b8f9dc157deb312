package app.postwright.ui.editor;

import app.postwright.model.TextSection;
import app.postwright.ui.document.DocumentModel;

/** Free-text sections: the heading and one text of Markdown paragraphs. */
public final class TextSectionViewModel extends SectionViewModel<TextSection> {
    public TextSectionViewModel(DocumentModel document, int index) {
        super(document, index, TextSection.class);
    }

    public void typeText(String text) {
        type("text", section().text(), text, s -> s.withText(text));
    }
}
