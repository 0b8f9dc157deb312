package app.postwright.ui.files;

import app.postwright.draft.VersionedPosting;
import app.postwright.model.Posting;

import java.nio.file.Path;

/**
 * What the editor needs from the file layer; its methods throw {@link app.postwright.BadInputException} with a
 * user-facing message. An interface so that view-model and window tests can run against fakes.
 */
public interface DocumentFiles {

    /**
     * Reads a draft, or imports a Markdown, text or HTML file. A draft from a newer Postwright is read best effort
     * ({@link VersionedPosting#isNewer()}); the editor shows it read-only, and this layer never saves over it.
     */
    VersionedPosting open(Path file);

    /** True when {@code file} is a draft (saving goes back to it) rather than a file that is imported. */
    boolean isDraft(Path file);

    /**
     * Saves {@code posting} as a draft at {@code file}. If the file was opened or saved here before and someone else
     * has changed, replaced or deleted it since, throws {@link app.postwright.draft.FileStamp.FileChangedException}
     * instead, so that the editor can ask. A file opened as a draft from a newer Postwright is never written.
     */
    void save(Posting posting, Path file);

    /** Saves like {@link #save}, without the check: the user chose to overwrite the other program's changes. */
    void overwrite(Posting posting, Path file);
}
