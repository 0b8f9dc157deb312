package app.postwright.ui.export;

import app.postwright.model.Posting;
import app.postwright.render.HtmlRenderer;
import app.postwright.render.MarkdownWriter;
import app.postwright.render.PdfExporter;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the export dialog and the clipboard action headless (Monocle) with the real renderers. */
@ExtendWith(ApplicationExtension.class)
class ExportActionsFxTest {
    private static final Posting POSTING = ExportFixtures.backendDeveloper();

    @TempDir
    Path folder;

    private final CompletableFuture<Path> opened = new CompletableFuture<>();
    private Stage stage;
    private ExportActions actions;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        HtmlRenderer htmlRenderer = new HtmlRenderer();
        actions = new ExportActions(htmlRenderer, new MarkdownWriter(), new PdfExporter(htmlRenderer),
                new InMemoryExportSettings(new ExportChoices(ExportFormat.HTML, null, null, null)), opened::complete,
                Path.of(System.getProperty("java.io.tmpdir")));
        stage.setScene(new Scene(new StackPane(new Label("Editor")), 900, 700));
        stage.show();
    }

    @Test
    void exportsAValidPdfFromTheDialog(FxRobot robot) throws Exception {
        Path target = folder.resolve("exports/backend.pdf");
        Files.createDirectories(target.getParent());
        robot.interact(() -> actions.showExportDialog(stage, POSTING, null));

        robot.clickOn("#exportFormatPDF");
        TextField destination = robot.lookup("#exportDestination").queryAs(TextField.class);
        assertThat(destination.getText()).endsWith("backend-systems-developer.pdf");
        robot.interact(() -> destination.setText(target.toString()));
        robot.clickOn("#exportButton");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#exportDialog").tryQuery().isEmpty());
        byte[] bytes = Files.readAllBytes(target);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isPositive();
            assertThat(new PDFTextStripper().getText(pdf)).contains("Backend Systems Developer", "Responsibilities");
        }

        robot.clickOn("Open folder");
        assertThat(opened.get(10, TimeUnit.SECONDS)).isEqualTo(target.getParent());
    }

    @Test
    void aFailedExportShowsAReadableErrorAndKeepsTheDialogOpen(FxRobot robot) throws Exception {
        // Longer than any file system allows (255 bytes), so the atomic write fails even when run as root.
        String name = "x".repeat(300);
        robot.interact(() -> actions.showExportDialog(stage, POSTING, folder.resolve(name + ".json")));
        robot.clickOn("#exportButton");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exportFailed").tryQuery().isPresent());
        Label message = robot.lookup("#exportFailedMessage").queryAs(Label.class);
        assertThat(message.getText()).contains(name + ".html").contains("unchanged");
        assertThat(robot.lookup("#exportDialog").queryAs(DialogPane.class).getScene().getWindow().isShowing())
                .isTrue();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void copyAsRichTextPutsHtmlAndPlainTextOnTheClipboard(FxRobot robot) throws Exception {
        robot.interact(() -> actions.copyAsRichText(POSTING));

        String html = Fx.call(() -> Clipboard.getSystemClipboard().getHtml());
        String plain = Fx.call(() -> Clipboard.getSystemClipboard().getString());
        assertThat(html).startsWith("<div style=").contains("Backend Systems Developer").doesNotContain("<script");
        assertThat(plain).startsWith("Backend Systems Developer\n\n").contains("• Develop server-side logic");
    }

    @Test
    void printingWithoutAPrinterSaysSo(FxRobot robot) {
        robot.interact(() -> actions.print(stage, POSTING));

        Label message = robot.lookup("#noPrinterMessage").queryAs(Label.class);
        assertThat(message.getText()).contains("no printer").contains("export a PDF");
    }

    @Test
    void markdownNeedsNeitherThemeNorPageSizeAndEscapeCloses(FxRobot robot) {
        robot.interact(() -> actions.showExportDialog(stage, POSTING, folder.resolve("draft.json")));

        robot.clickOn("#exportFormatMarkdown");

        assertThat(robot.lookup("#exportTheme").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#exportPageSize").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#exportDestination").queryAs(TextField.class).getText())
                .isEqualTo(folder.resolve("draft.md").toString());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#exportDialog").tryQuery()).isEmpty();
    }
}
