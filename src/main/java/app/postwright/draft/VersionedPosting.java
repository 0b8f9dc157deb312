package app.postwright.draft;

import app.postwright.model.Posting;

/**
 * A posting as read from a file, with the draft format version the file declares. A draft written by a newer
 * Postwright ({@link #isNewer()}) was read best effort: the editor shows it read-only and never saves over it.
 */
public record VersionedPosting(Posting posting, int formatVersion) {

    /** A posting in the format this build writes: a draft of this version, an import or a template. */
    public static VersionedPosting current(Posting posting) {
        return new VersionedPosting(posting, DraftFormat.VERSION);
    }

    /** True when the file was written by a newer Postwright in a format version this build does not know. */
    public boolean isNewer() {
        return formatVersion > DraftFormat.VERSION;
    }
}
