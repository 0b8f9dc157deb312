package app.postwright.cli;

import app.postwright.Lazy;
import app.postwright.check.PostingChecks;
import app.postwright.draft.AppDirectories;
import app.postwright.draft.DraftCodec;
import app.postwright.importer.DocumentReader;
import app.postwright.importer.PostingImporter;
import app.postwright.render.HtmlRenderer;
import app.postwright.render.JobPostingLd;
import app.postwright.render.MarkdownWriter;
import app.postwright.render.PdfExporter;
import app.postwright.render.RenderOptions;
import app.postwright.template.TemplateCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * The core services the commands use, created once per process, each when a command first needs it: most load
 * hundreds of classes (Jackson, flexmark, openhtmltopdf), and a PDF export starts readying the PDF pipeline, HTML
 * renderer included, on another core while the main thread parses the command line.
 */
public final class Services {
    private final Lazy<DraftCodec> draftCodec;
    private final Lazy<PostingImporter> importer;
    private final Lazy<HtmlRenderer> htmlRenderer;
    private final MarkdownWriter markdownWriter;
    private final Supplier<TemplateCatalog> templates;
    private final Lazy<JobPostingLd> jobPostingLd = new Lazy<>(JobPostingLd::new);
    private final Lazy<PdfExporter> pdfExporter;
    /** The checks load their word lists, which only {@code check} needs. */
    private final Lazy<PostingChecks> postingChecks = new Lazy<>(PostingChecks::new);
    private boolean pdfWarmUpStarted;

    public Services(DraftCodec draftCodec, PostingImporter importer, HtmlRenderer htmlRenderer,
                    MarkdownWriter markdownWriter, Supplier<TemplateCatalog> templates) {
        this(() -> draftCodec, () -> importer, () -> htmlRenderer, markdownWriter, templates);
    }

    private Services(Supplier<DraftCodec> draftCodecFactory, Supplier<PostingImporter> importerFactory,
                     Supplier<HtmlRenderer> htmlRendererFactory, MarkdownWriter markdownWriter,
                     Supplier<TemplateCatalog> templates) {
        this.draftCodec = new Lazy<>(draftCodecFactory);
        this.importer = new Lazy<>(importerFactory);
        this.htmlRenderer = new Lazy<>(htmlRendererFactory);
        this.pdfExporter = new Lazy<>(() -> new PdfExporter(this.htmlRenderer.get()));
        this.markdownWriter = markdownWriter;
        this.templates = templates;
    }

    /** Services for the current user (user templates in the OS-appropriate config folder). */
    public static Services standard() {
        return new Services(DraftCodec::new, PostingImporter::new, HtmlRenderer::new, new MarkdownWriter(),
                () -> new TemplateCatalog(new AppDirectories().templatesDir()));
    }

    public DraftCodec draftCodec() {
        return draftCodec.get();
    }

    public PostingImporter importer() {
        return importer.get();
    }

    public DocumentReader documentReader() {
        return new DocumentReader(draftCodec(), importer);
    }

    public HtmlRenderer htmlRenderer() {
        return htmlRenderer.get();
    }

    public MarkdownWriter markdownWriter() {
        return markdownWriter;
    }

    public TemplateCatalog templates() {
        return templates.get();
    }

    public JobPostingLd jobPostingLd() {
        return jobPostingLd.get();
    }

    public PostingChecks postingChecks() {
        return postingChecks.get();
    }

    public PdfExporter pdfExporter() {
        return pdfExporter.get();
    }

    /**
     * Starts making the draft codec on another thread, for a command that will read or write drafts: Jackson's
     * set-up takes the main thread of a cold export some 60 ms, which it can spend parsing the command line instead.
     */
    public void prepareDraftCodec() {
        inBackground("postwright-draft-codec", () -> draftCodec());
    }

    /**
     * Starts readying the PDF pipeline on another core, once per process (see {@link PdfExporter#warmUp}). Nothing
     * waits for it: it loads and initialises the PDF machinery while the main thread parses the command line and
     * reads the drafts, and whatever it has not reached by then, the first real export loads itself, on the other
     * core. The warm-up uses the default theme and page size: it is the class loading and initialising that take the
     * time, and the faces of another theme are parsed by the first export that draws with them.
     */
    public synchronized void warmUpPdf() {
        if (pdfWarmUpStarted) {
            return;
        }
        pdfWarmUpStarted = true;
        inBackground("postwright-pdf-warm-up", () -> {
            try {
                pdfExporter().warmUp(RenderOptions.DEFAULT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Runs {@code preparation} on a daemon thread, so it never holds the process up. Its failure is not reported:
     * the command that needs the same thing meets the same problem and reports it.
     */
    private static void inBackground(String name, Runnable preparation) {
        Thread thread = new Thread(() -> {
            try {
                preparation.run();
            } catch (RuntimeException e) {
                System.getLogger(Services.class.getName()).log(System.Logger.Level.DEBUG, name + " stopped", e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
