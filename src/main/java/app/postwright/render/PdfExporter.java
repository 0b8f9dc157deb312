package app.postwright.render;

import app.postwright.model.Posting;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Posting → tagged PDF/UA-1 with embedded fonts, by rendering {@link HtmlRenderer}'s HTML through openhtmltopdf.
 * Create one and reuse it: fonts are loaded once. Thread-safe.
 */
public final class PdfExporter {

    public PdfExporter(HtmlRenderer htmlRenderer) {
    }

    /** Writes the PDF of {@code posting} to {@code out} (not closed). */
    public void export(Posting posting, RenderOptions options, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("TODO: implemented by the render work package");
    }
}
