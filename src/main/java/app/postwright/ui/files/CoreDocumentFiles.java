package app.postwright.ui.files;

import app.postwright.draft.DraftCodec;
import app.postwright.importer.DocumentReader;
import app.postwright.model.Posting;

import java.nio.file.Path;

/**
 * {@link DocumentFiles} over the core: the shared {@link DocumentReader} (so the editor opens exactly the files the
 * command line does) and DraftCodec for saving.
 */
public final class CoreDocumentFiles implements DocumentFiles {
    private final DraftCodec codec;
    private final DocumentReader reader;

    public CoreDocumentFiles(DraftCodec codec, DocumentReader reader) {
        this.codec = codec;
        this.reader = reader;
    }

    @Override
    public Posting open(Path file) {
        return reader.read(file);
    }

    @Override
    public boolean isDraft(Path file) {
        return DocumentReader.isDraft(file);
    }

    @Override
    public void save(Posting posting, Path file) {
        codec.save(posting, file);
    }
}
