package app.postwright.render;

import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.TextSection;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Posting → tagged PDF/UA-1 with embedded fonts, by rendering {@link HtmlRenderer}'s HTML through openhtmltopdf.
 * Create one and reuse it: fonts are loaded and parsed once. Thread-safe, and exports run in parallel (one per core
 * in the command line's batch export), sharing the parsed fonts.
 *
 * <p>Title, author and subject come from the HTML's {@code title} and {@code meta} elements, the page size and
 * margins from its print style sheet. The renderer may load nothing from outside the document (no file, no
 * network), whatever a posting contains.
 */
public final class PdfExporter {
    /** Touches what a real posting does: heading and body faces, regular, bold and italic. */
    private static final Posting WARM_UP_POSTING = new Posting(PostingDetails.EMPTY.withTitle("Warm-up"),
            List.of(new TextSection("Job Brief", "Plain, **bold** and *italic* text.")));

    static {
        // PDFBox compresses every stream (font subsets, page content, the structure tree) at zlib's default level 6
        // and offers no way to choose but this property. At level 1 a 50-PDF batch runs about 5 % faster for files
        // about 6 % larger (docs/performance.md, sixth session). A level the user set is kept.
        System.getProperties().putIfAbsent(Filter.SYSPROP_DEFLATELEVEL, "1");
    }

    private final HtmlRenderer htmlRenderer;
    private final XhtmlParser xhtml = new XhtmlParser();
    private final PdfFonts fonts = new PdfFonts();
    /** Font metrics (keyed by family, weight and style) openhtmltopdf would otherwise compute on every export. */
    private final FontMetricsCache fontMetrics = new FontMetricsCache();
    private final TextWidths textWidths;

    public PdfExporter(HtmlRenderer htmlRenderer) {
        this(htmlRenderer, new TextWidths(TextWidths.CAPACITY));
    }

    PdfExporter(HtmlRenderer htmlRenderer, TextWidths textWidths) {
        this.htmlRenderer = htmlRenderer;
        this.textWidths = textWidths;
        XRLog.setLoggerImpl(new OpenHtmlToPdfLog());
    }

    /**
     * Exports a small posting in {@code options} and throws the PDF away: the first export in a process spends most
     * of its time loading and initialising the PDF pipeline (some 1,500 classes: openhtmltopdf, PDFBox, the XML
     * and XMP machinery) and parsing the theme's font faces. Run on another core while drafts are being read, this
     * takes that time off the first real export.
     */
    public void warmUp(RenderOptions options) throws IOException {
        export(WARM_UP_POSTING, options, OutputStream.nullOutputStream());
    }

    /** Writes the PDF of {@code posting} to {@code out} (not closed). */
    public void export(Posting posting, RenderOptions options, OutputStream out) throws IOException {
        String html = htmlRenderer.renderForPrint(posting, options);
        try (PDDocument document = new PDDocument()) {
            render(html, document, out);
        }
    }

    private void render(String html, PDDocument document, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(document)
                .usePdfUaAccessibility(true)
                .defaultTextDirection(TextDirection.LTR)
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                .withProducer("Postwright")
                .withW3cDocument(xhtml.parse(html), null)
                .toStream(out);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        CharacterNeeds needs = CharacterNeeds.of(html);
        // Left-to-right text lays out the same without the bidirectional algorithm, and loading ICU and its data
        // costs a cold export about a tenth of its time.
        if (needs.bidi()) {
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                    .useUnicodeBidiReorderer(new ICUBidiReorderer());
        }
        fonts.register(builder, document, needs);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.getSharedContext().setTextRenderer(textWidths.renderer(needs.bidi()));
            renderer.createPDF();
        }
    }

    /** A thread-safe, unbounded cache: one entry per font face, so it stays small. */
    private static final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final ConcurrentMap<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, missing -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException("cannot load font metrics for " + key, e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}
