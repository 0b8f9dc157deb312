package app.postwright.ui.files;

import app.postwright.draft.DraftCodec;
import app.postwright.BadInputException;
import app.postwright.draft.FileStamp;
import app.postwright.draft.VersionedPosting;
import app.postwright.importer.DocumentReader;
import app.postwright.model.Posting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link DocumentFiles} over the core: the shared {@link DocumentReader} for imports (so the editor opens the same
 * files as the command line), DraftCodec for drafts, also from a newer Postwright, and for saving, checking that
 * nobody else changed a draft since it was opened and never writing over a newer one.
 */
public final class CoreDocumentFiles implements DocumentFiles {
    private final DraftCodec codec;
    private final DocumentReader reader;
    /** What each draft looked like when this editor last read or wrote it. */
    private final Map<Path, FileStamp> stamps = new ConcurrentHashMap<>();
    /** Drafts opened here that a newer Postwright wrote: saving this version's format over them could lose data. */
    private final Set<Path> newerDrafts = ConcurrentHashMap.newKeySet();

    public CoreDocumentFiles(DraftCodec codec, DocumentReader reader) {
        this.codec = codec;
        this.reader = reader;
    }

    @Override
    public VersionedPosting open(Path file) {
        if (!isDraft(file)) {
            return VersionedPosting.current(reader.read(file));
        }
        // Stamped before reading: a change during the read then shows up at the next save instead of slipping by.
        FileStamp stamp = FileStamp.of(file);
        VersionedPosting read = codec.readAnyVersion(file);
        Path key = file.toAbsolutePath();
        stamps.put(key, stamp);
        if (read.isNewer()) {
            newerDrafts.add(key);
        } else {
            newerDrafts.remove(key);
        }
        return read;
    }

    @Override
    public boolean isDraft(Path file) {
        return DocumentReader.isDraft(file);
    }

    @Override
    public void save(Posting posting, Path file) {
        refuseNewerDraft(file);
        FileStamp known = stamps.get(file.toAbsolutePath());
        if (known == null) {
            overwrite(posting, file);
        } else {
            stamps.put(file.toAbsolutePath(), codec.save(posting, file, known));
        }
    }

    @Override
    public void overwrite(Posting posting, Path file) {
        refuseNewerDraft(file);
        codec.save(posting, file);
        stamps.put(file.toAbsolutePath(), FileStamp.of(file));
    }

    /** Also under another name for the same file (a link, another spelling of the path). */
    private void refuseNewerDraft(Path file) {
        for (Path newer : newerDrafts) {
            if (newer.equals(file.toAbsolutePath()) || sameExistingFile(newer, file)) {
                throw new BadInputException("Cannot save " + file + ": it was made by a newer version of Postwright "
                        + "and is kept as it is, so that nothing in it is lost; use Save As\u2026 with another name");
            }
        }
    }

    private static boolean sameExistingFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            throw new BadInputException("Cannot save " + b + ": " + e.getMessage(), e);
        }
    }
}
