package app.postwright.draft;

import app.postwright.BadInputException;

/**
 * A draft written by a newer Postwright in a format version this build cannot read faithfully. Typed apart from
 * other bad input so that the editor can offer to open such a draft read-only instead of dropping its data.
 */
public final class NewerDraftVersionException extends BadInputException {
    private static final long serialVersionUID = 1L;
    private final int foundVersion;

    NewerDraftVersionException(String message, int foundVersion) {
        super(message);
        this.foundVersion = foundVersion;
    }

    /** The format version the file declares, greater than the one this build reads. */
    public int foundVersion() {
        return foundVersion;
    }
}
