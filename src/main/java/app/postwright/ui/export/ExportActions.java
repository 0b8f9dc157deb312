package app.postwright.ui.export;

import app.postwright.model.Posting;
import app.postwright.render.HtmlRenderer;
import app.postwright.render.MarkdownWriter;
import app.postwright.render.PdfExporter;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The editor's outward actions: export dialog (HTML, Markdown, PDF in the background with progress and a
 * notification), printing through the system print dialog, and copying the posting as rich text. Use on the FX
 * thread; create one per application.
 */
public final class ExportActions {
    private final HtmlRenderer htmlRenderer;
    private final ExportJob exportJob;
    private final ExportSettings settings;
    private final ExportNotification notification;
    private final ExecutorService background;
    private final Path homeFolder;
    private final ClipboardHtml clipboardHtml = new ClipboardHtml();
    private final PlainTextWriter plainTextWriter = new PlainTextWriter();
    private final PostingPrinter printer;

    /**
     * @param settings   the last export choices, remembered across sessions
     * @param opener     opens an exported file or its folder from the notification
     * @param homeFolder where the first export of an untitled draft is suggested
     */
    public ExportActions(HtmlRenderer htmlRenderer, MarkdownWriter markdownWriter, PdfExporter pdfExporter,
                         ExportSettings settings, FileOpener opener, Path homeFolder) {
        this(htmlRenderer, markdownWriter, () -> pdfExporter, settings, opener, homeFolder);
    }

    private ExportActions(HtmlRenderer htmlRenderer, MarkdownWriter markdownWriter, Supplier<PdfExporter> pdfExporter,
                          ExportSettings settings, FileOpener opener, Path homeFolder) {
        this.htmlRenderer = htmlRenderer;
        this.exportJob = ExportJob.using(htmlRenderer, markdownWriter, pdfExporter);
        this.settings = settings;
        this.homeFolder = homeFolder;
        this.printer = new PostingPrinter(htmlRenderer);
        // One daemon thread: exports run one after another, and a running export never keeps the app from quitting
        // (its file is written atomically, so an interrupted export leaves the previous file as it was).
        this.background = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "postwright-export");
            thread.setDaemon(true);
            return thread;
        });
        this.notification = new ExportNotification(opener, background);
    }

    /** The actions with their own renderers, the user's preferences, the desktop opener and the home folder. */
    public ExportActions() {
        this(new HtmlRenderer());
    }

    private ExportActions(HtmlRenderer htmlRenderer) {
        // The PDF exporter loads openhtmltopdf and parses its fonts (over a second on a busy machine): created on
        // the first PDF export, not on the FX thread before the window's first frame.
        this(htmlRenderer, new MarkdownWriter(), OnFirstUse.of(() -> new PdfExporter(htmlRenderer)),
                PreferencesExportSettings.forCurrentUser(), new DesktopFileOpener(),
                Path.of(System.getProperty("user.home")));
    }

    /**
     * Shows the export dialog for {@code posting}; {@code draftFile} (may be null for an untitled draft) suggests
     * the destination folder and file name. Returns at once; the export runs in the background.
     */
    public void showExportDialog(Window owner, Posting posting, Path draftFile) {
        ExportViewModel model = new ExportViewModel(posting, draftFile, homeFolder, exportJob, settings, background);
        new ExportDialog(owner, posting.details().title(), model).show(notification::show);
    }

    /** Prints the posting (the same HTML as the preview) through the system print dialog. */
    public void print(Window owner, Posting posting) {
        printer.print(owner, posting, settings.lastChoices().renderOptions());
    }

    /** Puts the posting on the clipboard as HTML and plain text, ready to paste into a job board's editor. */
    public void copyAsRichText(Posting posting) {
        ClipboardContent content = new ClipboardContent();
        content.putHtml(richTextHtml(posting));
        content.putString(plainText(posting));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The HTML part of "Copy as rich text": the rendered body with inline styles, no head and no script. */
    String richTextHtml(Posting posting) {
        return clipboardHtml.fragment(htmlRenderer.render(posting, settings.lastChoices().renderOptions()));
    }

    /** The plain-text part of "Copy as rich text", written from the model. */
    String plainText(Posting posting) {
        return plainTextWriter.write(posting);
    }
}
