package app.postwright.ui.files;

import app.postwright.draft.DraftCodec;
import app.postwright.draft.FileStamp;
import app.postwright.importer.DocumentReader;
import app.postwright.model.Posting;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link DocumentFiles} over the core: the shared {@link DocumentReader} (so the editor opens exactly the files the
 * command line does) and DraftCodec for saving, checking that nobody else changed a draft since it was opened.
 */
public final class CoreDocumentFiles implements DocumentFiles {
    private final DraftCodec codec;
    private final DocumentReader reader;
    /** What each draft looked like when this editor last read or wrote it. */
    private final Map<Path, FileStamp> stamps = new ConcurrentHashMap<>();

    public CoreDocumentFiles(DraftCodec codec, DocumentReader reader) {
        this.codec = codec;
        this.reader = reader;
    }

    @Override
    public Posting open(Path file) {
        // Stamped before reading: a change during the read then shows up at the next save instead of slipping by.
        FileStamp stamp = isDraft(file) ? FileStamp.of(file) : null;
        Posting posting = reader.read(file);
        if (stamp != null) {
            stamps.put(file.toAbsolutePath(), stamp);
        }
        return posting;
    }

    @Override
    public boolean isDraft(Path file) {
        return DocumentReader.isDraft(file);
    }

    @Override
    public void save(Posting posting, Path file) {
        FileStamp known = stamps.get(file.toAbsolutePath());
        if (known == null) {
            overwrite(posting, file);
        } else {
            stamps.put(file.toAbsolutePath(), codec.save(posting, file, known));
        }
    }

    @Override
    public void overwrite(Posting posting, Path file) {
        codec.save(posting, file);
        stamps.put(file.toAbsolutePath(), FileStamp.of(file));
    }
}
