package app.postwright.render;

import app.postwright.model.Posting;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Posting → tagged PDF/UA-1 with embedded fonts, by rendering {@link HtmlRenderer}'s HTML through openhtmltopdf.
 * Create one and reuse it: fonts are loaded and parsed once. Thread-safe: exports through one instance run one
 * at a time, because they share the parsed fonts.
 *
 * <p>Title, author and subject come from the HTML's {@code title} and {@code meta} elements, the page size and
 * margins from its print style sheet. The renderer may load nothing from outside the document (no file, no
 * network), whatever a posting contains.
 */
public final class PdfExporter {
    private final HtmlRenderer htmlRenderer;
    private final PdfFonts fonts;
    /** Font metrics (keyed by family, weight and style) openhtmltopdf would otherwise compute on every export. */
    private final FontMetricsCache fontMetrics = new FontMetricsCache();

    public PdfExporter(HtmlRenderer htmlRenderer) {
        this.htmlRenderer = htmlRenderer;
        this.fonts = new PdfFonts();
        XRLog.setLoggerImpl(new OpenHtmlToPdfLog());
    }

    /** Writes the PDF of {@code posting} to {@code out} (not closed). */
    public void export(Posting posting, RenderOptions options, OutputStream out) throws IOException {
        exportHtml(htmlRenderer.render(posting, options), out);
    }

    /**
     * Writes the PDF of a document {@link HtmlRenderer} made (for callers that already hold the HTML, such as the
     * preview) to {@code out} (not closed).
     */
    public synchronized void exportHtml(String html, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            render(html, document, out);
        }
    }

    private void render(String html, PDDocument document, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(document)
                .usePdfUaAccessibility(true)
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ICUBidiReorderer())
                .defaultTextDirection(TextDirection.LTR)
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                .withProducer("Postwright")
                .withHtmlContent(html, null)
                .toStream(out);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        fonts.register(builder, document, html);
        builder.run();
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
