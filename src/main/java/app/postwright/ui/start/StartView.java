package app.postwright.ui.start;

import app.postwright.template.TemplateInfo;
import app.postwright.ui.UncachedViewport;
import app.postwright.ui.files.Background;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the window shows without a document: a gallery of templates (built-in and the user's own) with their
 * descriptions, "Open a draft…", and the recent drafts.
 */
public final class StartView extends BorderPane {
    private final TemplateSource templates;
    private final Supplier<List<Path>> recentFiles;
    private final Consumer<String> onTemplate;
    private final Consumer<Path> onRecent;
    private final Background background;
    private final FlowPane gallery = new FlowPane(14, 14);
    private final VBox recent = new VBox(4);

    public StartView(TemplateSource templates, Supplier<List<Path>> recentFiles, Consumer<String> onTemplate,
                     Runnable onOpen, Consumer<Path> onRecent, Background background) {
        this.templates = templates;
        this.recentFiles = recentFiles;
        this.onTemplate = onTemplate;
        this.onRecent = onRecent;
        this.background = background;
        setId("start-view");
        getStyleClass().add("start-view");

        Label title = new Label("Start a job posting");
        title.getStyleClass().add("start-title");
        Label subtitle = new Label("Pick a template to begin, or open a draft you saved earlier.");
        subtitle.getStyleClass().add("start-subtitle");
        gallery.setId("template-gallery");
        gallery.getStyleClass().add("template-gallery");
        VBox main = new VBox(6, title, subtitle, sectionTitle("New from template"), gallery);
        main.getStyleClass().add("start-main");
        HBox.setHgrow(main, Priority.ALWAYS);

        Button open = new Button("Open a draft…");
        open.setId("start-open");
        open.getStyleClass().add("accent-button");
        open.setMaxWidth(Double.MAX_VALUE);
        open.setTooltip(new Tooltip("Open a saved draft, or import a Markdown, text or HTML file (Ctrl+O)"));
        open.setOnAction(e -> onOpen.run());
        recent.setId("recent-list");
        VBox side = new VBox(10, sectionTitle("Open"), open, sectionTitle("Recent drafts"), recent);
        side.getStyleClass().add("start-side");
        side.setPrefWidth(320);
        side.setMinWidth(260);

        HBox columns = new HBox(32, main, side);
        columns.getStyleClass().add("start-columns");
        ScrollPane scroll = UncachedViewport.of(new ScrollPane(columns));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("start-scroll");
        setCenter(scroll);
    }

    /** Reloads templates (in the background) and the recent list; called whenever the view is shown. */
    public void refresh() {
        background.run("Could not list the templates", templates::list, this::showTemplates);
        recent.getChildren().clear();
        List<Path> files = recentFiles.get();
        if (files.isEmpty()) {
            Label none = new Label("Drafts you open or save appear here.");
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            recent.getChildren().add(none);
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Hyperlink link = new Hyperlink(file.getFileName().toString());
            link.setId("recent-" + i);
            link.setTooltip(new Tooltip(file.toString()));
            link.setAccessibleText("Open recent draft " + file.getFileName());
            link.setDisable(!Files.exists(file));
            link.setOnAction(e -> onRecent.accept(file));
            Label folder = new Label(file.getParent() == null ? "" : file.getParent().toString());
            folder.getStyleClass().add("muted");
            recent.getChildren().add(new VBox(0, link, folder));
        }
    }

    private void showTemplates(List<TemplateInfo> infos) {
        gallery.getChildren().clear();
        for (TemplateInfo info : infos) {
            gallery.getChildren().add(card(info));
        }
    }

    private Button card(TemplateInfo info) {
        Label name = new Label(info.name());
        name.getStyleClass().add("card-title");
        name.setWrapText(true);
        Label description = new Label(info.description());
        description.getStyleClass().add("card-description");
        description.setWrapText(true);
        Label origin = new Label(info.builtIn() ? "Built-in" : "Your template");
        origin.getStyleClass().add(info.builtIn() ? "card-tag" : "card-tag-user");
        VBox content = new VBox(6, name, description, origin);
        // A fixed text width makes long names and descriptions wrap instead of ending in an ellipsis.
        content.setPrefWidth(230);
        content.setMaxWidth(230);
        VBox.setVgrow(description, Priority.ALWAYS);
        Button card = new Button();
        card.setGraphic(content);
        card.getStyleClass().add("template-card");
        card.setId("template-" + info.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        card.setAccessibleText("New posting from template " + info.name() + ": " + info.description());
        card.setOnAction(e -> onTemplate.accept(info.id()));
        return card;
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("start-section-title");
        return label;
    }
}
