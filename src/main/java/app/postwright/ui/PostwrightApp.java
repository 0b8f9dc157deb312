package app.postwright.ui;

import app.postwright.Lazy;
import app.postwright.draft.AppDirectories;
import app.postwright.draft.DraftCodec;
import app.postwright.draft.RecoveryStore;
import app.postwright.importer.DocumentReader;
import app.postwright.importer.PostingImporter;
import app.postwright.render.HtmlRenderer;
import app.postwright.template.TemplateCatalog;
import app.postwright.ui.export.ExportActions;
import app.postwright.ui.files.CoreDocumentFiles;
import app.postwright.ui.files.SystemFilePicker;
import app.postwright.ui.start.TemplateSource;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;

/**
 * The desktop application: wires the core services into a {@link MainWindow} and opens the file given on the
 * command line, if any ({@code java -jar postwright.jar posting.json}; Markdown, text and HTML are imported).
 */
public final class PostwrightApp extends Application {
    private static final List<String> ICON_SIZES = List.of("16", "32", "48", "64", "128", "256");

    @Override
    public void start(Stage stage) {
        // flexmark, openhtmltopdf and PDFBox take a second or more to load: that happens off the FX thread while the
        // first window comes up, and the first preview or export waits for it only if it is not done yet.
        CompletableFuture<HtmlRenderer> renderer = CompletableFuture.supplyAsync(HtmlRenderer::new);
        CompletableFuture<ExportActions> export = renderer.thenApplyAsync(loaded -> new ExportActions());
        DraftCodec codec = new DraftCodec();
        EditorServices services = new EditorServices(
                new CoreDocumentFiles(codec, new DocumentReader(codec, new Lazy<>(PostingImporter::new))),
                TemplateSource.of(new TemplateCatalog(new AppDirectories().templatesDir(), codec)),
                (posting, options) -> renderer.join().render(posting, options),
                export::join,
                new SystemFilePicker(),
                url -> getHostServices().showDocument(url),
                new RecoveryStore(new AppDirectories().recoveryDir(), codec, Clock.systemUTC()));
        Settings settings = new Settings(Preferences.userNodeForPackage(PostwrightApp.class));
        MainWindow window = new MainWindow(stage, settings, services);
        for (String size : ICON_SIZES) {
            stage.getIcons().add(new Image(PostwrightApp.class.getResource("/assets/icons/icon-" + size + ".png")
                    .toExternalForm()));
        }
        stage.show();
        StartupTiming.reached("first window shown");
        window.offerRecovery();
        getParameters().getUnnamed().stream().findFirst().map(Path::of).ifPresent(window::open);
    }
}
