package app.postwright.importer;

import app.postwright.draft.DraftCodec;
import app.postwright.model.Posting;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Opens any file a user may hand to Postwright: a JSON draft through the draft codec, anything else (Markdown,
 * plain text, HTML) through the importer. Shared by the command line and the editor so both accept the same files.
 * The importer is asked for only when a file is imported: making one loads flexmark's HTML converter, which reading
 * drafts does not need.
 */
public final class DocumentReader {
    private final DraftCodec draftCodec;
    private final Supplier<PostingImporter> importer;

    public DocumentReader(DraftCodec draftCodec, Supplier<PostingImporter> importer) {
        this.draftCodec = draftCodec;
        this.importer = importer;
    }

    /** True for files read as drafts rather than imported. */
    public static boolean isDraft(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Reads {@code file}; throws BadInputException naming the file when it is missing or malformed. */
    public Posting read(Path file) {
        return isDraft(file) ? draftCodec.read(file) : importer.get().importFile(file);
    }
}
