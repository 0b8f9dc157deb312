package app.postwright.cli;

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
import java.util.function.Supplier;

/**
 * The core services the commands use, created once per process. The draft codec, the importer and the PDF
 * exporter are created when a command first needs them: each loads hundreds of classes (Jackson, flexmark,
 * openhtmltopdf), and a PDF export starts readying the PDF pipeline on another core before it reads any draft.
 */
public final class Services {
    private final Supplier<DraftCodec> draftCodecFactory;
    private final Supplier<PostingImporter> importerFactory;
    private DraftCodec draftCodec;
    private PostingImporter importer;
    private final HtmlRenderer htmlRenderer;
    private final MarkdownWriter markdownWriter;
    private final Supplier<TemplateCatalog> templates;
    private final JobPostingLd jobPostingLd = new JobPostingLd();
    private PdfExporter pdfExporter;
    private boolean pdfWarmUpStarted;
    private PostingChecks postingChecks;

    public Services(DraftCodec draftCodec, PostingImporter importer, HtmlRenderer htmlRenderer,
                    MarkdownWriter markdownWriter, Supplier<TemplateCatalog> templates) {
        this(() -> draftCodec, () -> importer, htmlRenderer, markdownWriter, templates);
    }

    private Services(Supplier<DraftCodec> draftCodecFactory, Supplier<PostingImporter> importerFactory,
                     HtmlRenderer htmlRenderer, MarkdownWriter markdownWriter, Supplier<TemplateCatalog> templates) {
        this.draftCodecFactory = draftCodecFactory;
        this.importerFactory = importerFactory;
        this.htmlRenderer = htmlRenderer;
        this.markdownWriter = markdownWriter;
        this.templates = templates;
    }

    /** Services for the current user (user templates in the OS-appropriate config folder). */
    public static Services standard() {
        return new Services(DraftCodec::new, PostingImporter::new, new HtmlRenderer(), new MarkdownWriter(),
                () -> new TemplateCatalog(new AppDirectories().templatesDir()));
    }

    public synchronized DraftCodec draftCodec() {
        if (draftCodec == null) {
            draftCodec = draftCodecFactory.get();
        }
        return draftCodec;
    }

    public synchronized PostingImporter importer() {
        if (importer == null) {
            importer = importerFactory.get();
        }
        return importer;
    }

    public DocumentReader documentReader() {
        return new DocumentReader(draftCodec(), importer());
    }

    public HtmlRenderer htmlRenderer() {
        return htmlRenderer;
    }

    public MarkdownWriter markdownWriter() {
        return markdownWriter;
    }

    public TemplateCatalog templates() {
        return templates.get();
    }

    public JobPostingLd jobPostingLd() {
        return jobPostingLd;
    }

    /** Created on first use: the checks load their word lists, which only {@code check} needs. */
    public synchronized PostingChecks postingChecks() {
        if (postingChecks == null) {
            postingChecks = new PostingChecks();
        }
        return postingChecks;
    }

    public synchronized PdfExporter pdfExporter() {
        if (pdfExporter == null) {
            pdfExporter = new PdfExporter(htmlRenderer);
        }
        return pdfExporter;
    }

    /**
     * Starts readying the PDF pipeline on another core, once per process (see {@link PdfExporter#warmUp}). Nothing
     * waits for it: it loads and initialises the PDF machinery while the main thread parses the command line and
     * reads the drafts, and whatever it has not reached by then, the first real export loads itself, on the other
     * core. It runs on a daemon thread, so it never holds the process up, and its failure is not reported: an export
     * that needs the same machinery reports the problem itself. The warm-up uses the default theme and page size:
     * it is the class loading and initialising that take the time, and the faces of another theme are parsed by the
     * first export that draws with them.
     */
    public synchronized void warmUpPdf() {
        if (pdfWarmUpStarted) {
            return;
        }
        pdfWarmUpStarted = true;
        Thread warmUp = new Thread(() -> {
            try {
                pdfExporter().warmUp(RenderOptions.DEFAULT);
            } catch (IOException | RuntimeException e) {
                // The real export meets the same problem and reports it; here it is only worth a debug line.
                System.getLogger(Services.class.getName()).log(System.Logger.Level.DEBUG, "PDF warm-up stopped", e);
            }
        }, "postwright-pdf-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
