package app.postwright.draft;

import app.postwright.model.Posting;

import java.nio.file.Path;

/**
 * Reads and writes drafts: JSON files with {@code "format": "postwright-draft"} and an integer version, see
 * docs/draft-format.md. Thread-safe.
 */
public final class DraftCodec {

    /** Reads a draft; throws {@link app.postwright.BadInputException} naming file, line, column and problem. */
    public Posting read(Path file) {
        throw new UnsupportedOperationException("TODO: implemented by the draft work package");
    }

    /** Parses draft JSON; {@code sourceName} names the source in error messages. */
    public Posting parse(String json, String sourceName) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The pretty-printed, stable-key-order JSON of a draft. */
    public String toJson(Posting posting) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Saves atomically (temp file in the same folder, fsync, move), keeping the previous file as NAME.bak. */
    public void save(Posting posting, Path file) {
        throw new UnsupportedOperationException("TODO");
    }
}
