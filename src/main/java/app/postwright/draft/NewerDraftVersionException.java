package app.postwright.draft;

import app.postwright.BadInputException;

import java.math.BigInteger;

/**
 * A draft written by a newer Postwright in a format version this build cannot read faithfully: refused by
 * {@link DraftCodec#read}, or read by {@link DraftCodec#readAnyVersion} but failing in a part the newer version
 * changed. Typed apart from other bad input so that the message can say why the file does not fit.
 */
public final class NewerDraftVersionException extends BadInputException {
    private static final long serialVersionUID = 1L;
    private final int foundVersion;

    NewerDraftVersionException(String message, int foundVersion) {
        super(message);
        this.foundVersion = foundVersion;
    }

    NewerDraftVersionException(String message, int foundVersion, Throwable cause) {
        super(message, cause);
        this.foundVersion = foundVersion;
    }

    /** A declared version as an int; versions beyond the int range (nobody will get there) become the largest. */
    static int clamp(BigInteger version) {
        return version.bitLength() < Integer.SIZE ? version.intValue() : Integer.MAX_VALUE;
    }

    /** The format version the file declares, greater than the one this build reads. */
    public int foundVersion() {
        return foundVersion;
    }
}
