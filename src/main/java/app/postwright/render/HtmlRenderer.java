package app.postwright.render;

import app.postwright.model.Posting;

/**
 * Posting → one standalone HTML5 document (inline CSS, no external requests). The editor's preview shows exactly
 * this string and the PDF exporter renders it, so there is one renderer for every output. Thread-safe.
 */
public final class HtmlRenderer {

    /** Renders the visible sections of {@code posting} as a complete HTML document. */
    public String render(Posting posting, RenderOptions options) {
        throw new UnsupportedOperationException("TODO: implemented by the render work package");
    }
}
