package app.postwright.render;

import app.postwright.model.Posting;

/**
 * Posting → clean CommonMark (GFM tables for key–value fields). The importer reads this output back into an
 * equal posting. Thread-safe.
 */
public final class MarkdownWriter {

    public String write(Posting posting) {
        throw new UnsupportedOperationException("TODO: implemented by the markdown work package");
    }
}
