package app.postwright.ui.editor;

import app.postwright.model.Faq;
import app.postwright.model.FaqSection;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Frequently asked questions: a question field and an answer area per entry. */
final class FaqSectionEditor extends SectionForm<FaqSection> {
    private final ListSectionViewModel<FaqSection, Faq> model;

    FaqSectionEditor(ListSectionViewModel<FaqSection, Faq> model) {
        super(model, "Questions and answers", "Answers may have several paragraphs and inline Markdown.");
        this.model = model;
        RowsEditor<Faq> rows = new RowsEditor<>("faq", "question", model, this::row, () -> new Faq("", ""));
        bindings.custom(p -> rows.refresh(model.entriesIn(p)));
        body.getChildren().add(rows);
    }

    private RowsEditor.Row<Faq> row(int index) {
        TextField question = new TextField();
        TextArea answer = new TextArea();
        question.setId("faq-" + index + "-question");
        answer.setId("faq-" + index + "-answer");
        question.setPromptText("Question");
        answer.setPromptText("Answer");
        answer.setWrapText(true);
        answer.setPrefRowCount(3);
        question.setAccessibleText("Question " + (index + 1));
        answer.setAccessibleText("Answer " + (index + 1));
        RowsEditor.linkPart(question, model, index, "question", Faq::question,
                (faq, text) -> new Faq(text, faq.answer()));
        RowsEditor.linkPart(answer, model, index, "answer", Faq::answer, (faq, text) -> new Faq(faq.question(), text));
        VBox pair = new VBox(4, question, answer);
        pair.getStyleClass().add("faq-pair");
        return new RowsEditor.Row<>() {
            @Override
            public Node node() {
                return pair;
            }

            @Override
            public void show(Faq entry) {
                RowsEditor.showText(question, entry.question());
                RowsEditor.showText(answer, entry.answer());
            }

            @Override
            public void focus() {
                question.requestFocus();
            }
        };
    }
}
