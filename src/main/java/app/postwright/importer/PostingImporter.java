package app.postwright.importer;

import app.postwright.model.Posting;

import java.nio.file.Path;

/** Markdown, plain text or HTML → Posting. Thread-safe. */
public final class PostingImporter {

    /** Imports a file, choosing the reader by extension: .md/.markdown, .html/.htm, anything else as plain text. */
    public Posting importFile(Path file) {
        throw new UnsupportedOperationException("TODO: implemented by the markdown work package");
    }

    public Posting importMarkdown(String markdown) {
        throw new UnsupportedOperationException("TODO");
    }

    public Posting importPlainText(String text) {
        throw new UnsupportedOperationException("TODO");
    }

    public Posting importHtml(String html) {
        throw new UnsupportedOperationException("TODO");
    }
}
