package app.postwright.ui.export;

import app.postwright.draft.AtomicFiles;
import app.postwright.render.HtmlRenderer;
import app.postwright.render.MarkdownWriter;
import app.postwright.render.PdfExporter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The work of one export, without any UI: encodes the posting in memory, then replaces the target file atomically.
 * Encoding first means a failing renderer never touches the disk, and a cancelled export is dropped before it
 * writes. Thread-safe as long as its encoders are.
 */
public final class ExportJob {
    private final Map<ExportFormat, PostingEncoder> encoders;

    public ExportJob(PostingEncoder html, PostingEncoder markdown, PostingEncoder pdf) {
        encoders = new EnumMap<>(ExportFormat.class);
        encoders.put(ExportFormat.HTML, html);
        encoders.put(ExportFormat.MARKDOWN, markdown);
        encoders.put(ExportFormat.PDF, pdf);
    }

    /** The job writing HTML and PDF through the shared renderer (preview = export) and Markdown as CommonMark. */
    public static ExportJob using(HtmlRenderer htmlRenderer, MarkdownWriter markdownWriter, PdfExporter pdfExporter) {
        return using(htmlRenderer, markdownWriter, () -> pdfExporter);
    }

    /** As above, with the PDF exporter asked for on each PDF export (so it can be created on first use). */
    public static ExportJob using(HtmlRenderer htmlRenderer, MarkdownWriter markdownWriter,
                                  Supplier<PdfExporter> pdfExporter) {
        return new ExportJob(
                (posting, options, out) -> out.write(htmlRenderer.render(posting, options)
                        .getBytes(StandardCharsets.UTF_8)),
                (posting, options, out) -> out.write(markdownWriter.write(posting).getBytes(StandardCharsets.UTF_8)),
                (posting, options, out) -> pdfExporter.get().export(posting, options, out));
    }

    /**
     * Runs {@code request}. {@code cancelled} is asked once the document is encoded; when it says yes nothing is
     * written and CancellationException is thrown.
     *
     * @return the written file
     * @throws IOException                    when encoding fails
     * @throws app.postwright.BadInputException when the file cannot be written (names the file)
     */
    public Path run(ExportRequest request, BooleanSupplier cancelled) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        encoders.get(request.format()).encode(request.posting(), request.options(), buffer);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("export to " + request.target() + " cancelled");
        }
        AtomicFiles.write(request.target(), buffer::writeTo);
        return request.target();
    }
}
