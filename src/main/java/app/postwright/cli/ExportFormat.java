package app.postwright.cli;

/** What {@code postwright export --format} can write. */
enum ExportFormat {
    HTML("html"),
    MD("md"),
    PDF("pdf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }
}
