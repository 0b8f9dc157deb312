package app.postwright.ui.editor;

import app.postwright.model.Posting;
import app.postwright.model.Section;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
        CheckBox shown = new CheckBox("Show in output");
        shown.setId("section-shown");
        shown.setTooltip(new Tooltip("Unticked, the section stays in the draft but is left out of the preview and "
                + "every export"));
        bindings.value(shown.selectedProperty(), p -> model.in(p).map(Section::visible).orElse(true),
                model::setShown);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(kind, spacer, shown);
        top.setAlignment(Pos.CENTER_LEFT);
        Label hintLabel = new Label(hint);
        hintLabel.getStyleClass().add("form-hint");
        hintLabel.setWrapText(true);
        // In a form whose body fills the height, the column shrinks its children: the hint keeps all its lines.
        hintLabel.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(10, top, heading, hintLabel, body);
        content.getStyleClass().add("form");
        view = FormScroll.around(content);
    }

    /**
     * The body takes the height the form leaves (a list that scrolls by itself, such as the bullets) instead of
     * the form scrolling as a whole; the form still scrolls when the window is too low for the body's minimum.
     */
    protected void fillHeight() {
        VBox.setVgrow(body, Priority.ALWAYS);
        view.setFitToHeight(true);
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
