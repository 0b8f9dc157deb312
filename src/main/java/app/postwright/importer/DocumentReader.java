package app.postwright.importer;

import app.postwright.draft.DraftCodec;
import app.postwright.model.Posting;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens any file a user may hand to Postwright: a JSON draft through the draft codec, anything else (Markdown,
 * plain text, HTML) through the importer. Shared by the command line and the editor so both accept the same files.
 */
public final class DocumentReader {
    private final DraftCodec draftCodec;
    private final PostingImporter importer;

    public DocumentReader(DraftCodec draftCodec, PostingImporter importer) {
        this.draftCodec = draftCodec;
        this.importer = importer;
    }

    /** True for files read as drafts rather than imported. */
    public static boolean isDraft(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Reads {@code file}; throws BadInputException naming the file when it is missing or malformed. */
    public Posting read(Path file) {
        return isDraft(file) ? draftCodec.read(file) : importer.importFile(file);
    }
}
