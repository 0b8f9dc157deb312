package app.postwright.cli;

/** What {@code postwright export --format} can write. */
enum ExportFormat {
    HTML("html"),
    MD("md"),
    PDF("pdf"),
    /** The schema.org JobPosting JSON-LD alone, for pasting into a careers page. */
    JSONLD("jsonld");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }
}
