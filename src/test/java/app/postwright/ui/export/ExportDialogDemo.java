package app.postwright.ui.export;

import app.postwright.render.HtmlRenderer;
import app.postwright.render.MarkdownWriter;
import app.postwright.render.PdfExporter;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Path;

/**
 * Opens the export dialog over an empty window, for looking at it under Xvfb (docs/screenshots/export-dialog.png):
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ... app.postwright.ui.export.ExportDialogDemo}.
 */
public final class ExportDialogDemo {
    private ExportDialogDemo() {
    }

    /** A plain main class, so JavaFX starts from the classpath. */
    public static void main(String[] args) {
        Application.launch(DemoApp.class, args);
    }

    /** The window behind the dialog. */
    public static final class DemoApp extends Application {
        @Override
        public void start(Stage stage) {
            open(stage);
        }
    }

    private static void open(Stage stage) {
        stage.setTitle("backend-systems-developer.json — Postwright");
        stage.setScene(new Scene(new StackPane(new Label("Editor")), 1200, 800));
        stage.show();
        HtmlRenderer htmlRenderer = new HtmlRenderer();
        ExportActions actions = new ExportActions(htmlRenderer, new MarkdownWriter(), new PdfExporter(htmlRenderer),
                new InMemoryExportSettings(ExportChoices.DEFAULT), path -> { },
                Path.of(System.getProperty("user.home")));
        Path draft = Path.of(System.getProperty("user.home"), "backend-systems-developer.json");
        actions.showExportDialog(stage, ExportFixtures.backendDeveloper(), draft);
    }
}
