package app.postwright.draft;

/** The constants of the draft file format, see docs/draft-format.md. */
final class DraftFormat {
    /** The value of the top-level "format" key that marks a Postwright draft. */
    static final String MARKER = "postwright-draft";

    /** The format version this build writes and the newest it reads. */
    static final int VERSION = 1;

    /** Drafts larger than this are refused before parsing, so a huge file cannot exhaust memory. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    /** Deeper nesting is refused; real drafts nest about five levels, unknown fields leave room to spare. */
    static final int MAX_DEPTH = 100;

    private DraftFormat() {
    }

    static String sizeLimitText() {
        return MAX_BYTES / (1024 * 1024) + " MB";
    }
}
