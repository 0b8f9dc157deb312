package app.postwright.ui.editor;

import app.postwright.model.Posting;
import app.postwright.model.Section;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The frame every section editor shares: a kind label, the heading field, then the kind's own body. Subclasses add
 * their controls to {@link #body} and link them through {@link #bindings}.
 */
abstract class SectionForm<S extends Section> implements ItemEditor {
    protected final FormBindings bindings = new FormBindings();
    protected final VBox body = new VBox(8);
    private final TextField heading = new TextField();
    private final ScrollPane view;

    SectionForm(SectionViewModel<S> model, String kindName, String hint) {
        Label kind = new Label(kindName.toUpperCase(java.util.Locale.ROOT));
        kind.getStyleClass().add("form-kicker");
        heading.setId("section-heading");
        heading.getStyleClass().add("heading-field");
        heading.setPromptText("Section heading");
        heading.setAccessibleText("Section heading");
        heading.setTooltip(new Tooltip("The heading shown above this section in the posting"));
        bindings.text(heading, p -> model.in(p).map(Section::heading).orElse(null), model::typeHeading);
        Label hintLabel = new Label(hint);
        hintLabel.getStyleClass().add("form-hint");
        hintLabel.setWrapText(true);
        VBox content = new VBox(10, kind, heading, hintLabel, body);
        content.getStyleClass().add("form");
        view = new ScrollPane(content);
        view.setFitToWidth(true);
        view.getStyleClass().add("form-scroll");
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void refresh(Posting posting) {
        bindings.refresh(posting);
    }

    @Override
    public void focusFirst() {
        heading.requestFocus();
    }
}
