package app.postwright.ui.preview;

import app.postwright.model.Posting;
import app.postwright.render.Theme;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * The right-hand preview: a small toolbar (theme, page view) over the {@link PreviewPane}, re-rendered through a
 * {@link RenderScheduler} whenever the posting or the options change, and scrolled to the selected section.
 */
public final class PreviewPanel extends BorderPane {
    /**
     * Renders closer together than this are coalesced into one. A render takes about 15 ms and the preview patches
     * only what changed, so a short interval costs little; a keystroke that arrives within it waits up to this long.
     */
    public static final long COALESCE_MILLIS = 50;

    private final PreviewPane pane;
    private final RenderScheduler scheduler;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "postwright-preview");
        thread.setDaemon(true);
        return thread;
    });

    public PreviewPanel(PreviewRenderer renderer, PreviewOptions options, ObservableValue<Posting> posting,
                        IntegerProperty selectedSection, Consumer<String> linkOpener) {
        setId("preview-panel");
        getStyleClass().add("preview-panel");
        pane = new PreviewPane(linkOpener);
        scheduler = new RenderScheduler(renderer, worker, Platform::runLater, COALESCE_MILLIS,
                rendered -> pane.show(rendered.html()));
        setTop(toolbar(options));
        setCenter(pane);
        Runnable request = () -> scheduler.request(posting.getValue(), options.renderOptionsProperty().get());
        posting.addListener((obs, old, value) -> request.run());
        options.renderOptionsProperty().addListener((obs, old, value) -> request.run());
        options.pageViewProperty().addListener((obs, old, on) ->
                pane.setPageView(on, options.pageSizeProperty().get()));
        pane.setPageView(options.pageViewProperty().get(), options.pageSizeProperty().get());
        selectedSection.addListener((obs, old, index) -> {
            if (index.intValue() < 0) {
                pane.scrollToTop();
            } else {
                pane.scrollToSection(index.intValue());
            }
        });
        request.run();
        PreviewWarmUp.startOnce(renderer, posting.getValue(), options.renderOptionsProperty().get());
    }

    /** The pane showing the HTML (tests read its DOM). */
    public PreviewPane pane() {
        return pane;
    }

    private HBox toolbar(PreviewOptions options) {
        Label title = new Label("Preview");
        title.getStyleClass().add("pane-title");
        ChoiceBox<Theme> theme = new ChoiceBox<>(FXCollections.observableArrayList(Theme.values()));
        theme.setId("preview-theme");
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme value) {
                return value == null ? "" : value.displayName();
            }

            @Override
            public Theme fromString(String text) {
                throw new UnsupportedOperationException("themes are chosen, not typed");
            }
        });
        theme.valueProperty().bindBidirectional(options.themeProperty());
        theme.setTooltip(new Tooltip("Theme of the exported posting"));
        theme.setAccessibleText("Preview theme");
        ToggleButton pageView = new ToggleButton("Page view");
        pageView.setId("preview-page-view");
        pageView.selectedProperty().bindBidirectional(options.pageViewProperty());
        pageView.setTooltip(new Tooltip("Show the posting at paper width, as it prints"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, theme, pageView);
        bar.getStyleClass().add("pane-toolbar");
        return bar;
    }
}
