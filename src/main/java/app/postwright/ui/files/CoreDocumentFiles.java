package app.postwright.ui.files;

import app.postwright.draft.DraftCodec;
import app.postwright.importer.PostingImporter;
import app.postwright.model.Posting;

import java.nio.file.Path;
import java.util.Locale;

/** {@link DocumentFiles} over the core: JSON drafts through DraftCodec, everything else through the importer. */
public final class CoreDocumentFiles implements DocumentFiles {
    private final DraftCodec codec;
    private final PostingImporter importer;

    public CoreDocumentFiles(DraftCodec codec, PostingImporter importer) {
        this.codec = codec;
        this.importer = importer;
    }

    @Override
    public Posting open(Path file) {
        return isDraft(file) ? codec.read(file) : importer.importFile(file);
    }

    @Override
    public boolean isDraft(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public void save(Posting posting, Path file) {
        codec.save(posting, file);
    }
}
