package app.postwright.render;

/** Paper sizes for PDF export and the print stylesheet. */
public enum PageSize implements RenderChoice {
    A4("a4", "A4"),
    LETTER("letter", "US Letter");

    private final String id;
    private final String displayName;

    PageSize(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    /** Finds a page size by id, ignoring case; throws IllegalArgumentException naming the valid ids. */
    public static PageSize fromId(String id) {
        return RenderChoice.byId(PageSize.class, id, "page size");
    }
}
