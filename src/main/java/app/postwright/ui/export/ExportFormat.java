package app.postwright.ui.export;

/** The file formats the export dialog writes, with what each one uses of the render options. */
public enum ExportFormat {
    HTML("HTML", "html", "Web page (HTML)", "One self-contained web page, exactly as the preview shows it.",
            true, false),
    MARKDOWN("Markdown", "md", "Markdown text", "Plain CommonMark text for job boards and wikis that take Markdown.",
            false, false),
    PDF("PDF", "pdf", "PDF document", "A print-ready, accessible PDF with embedded fonts.", true, true);

    private final String displayName;
    private final String extension;
    private final String fileTypeDescription;
    private final String summary;
    private final boolean usesTheme;
    private final boolean usesPageSize;

    ExportFormat(String displayName, String extension, String fileTypeDescription, String summary, boolean usesTheme,
                 boolean usesPageSize) {
        this.displayName = displayName;
        this.extension = extension;
        this.fileTypeDescription = fileTypeDescription;
        this.summary = summary;
        this.usesTheme = usesTheme;
        this.usesPageSize = usesPageSize;
    }

    public String displayName() {
        return displayName;
    }

    /** The file name extension without the dot, e.g. "md". */
    public String extension() {
        return extension;
    }

    /** How file choosers name this type, e.g. "PDF document". */
    public String fileTypeDescription() {
        return fileTypeDescription;
    }

    /** One sentence telling what the exported file is good for. */
    public String summary() {
        return summary;
    }

    /** Markdown carries no styling, so the theme only matters for HTML and PDF. */
    public boolean usesTheme() {
        return usesTheme;
    }

    /** Only PDF has pages. */
    public boolean usesPageSize() {
        return usesPageSize;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
