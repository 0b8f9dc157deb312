package app.postwright.render;

import java.util.Locale;

/** Paper sizes for PDF export and the print stylesheet. */
public enum PageSize {
    A4("a4", "A4"),
    LETTER("letter", "US Letter");

    private final String id;
    private final String displayName;

    PageSize(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The name used on the command line, e.g. "letter". */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Finds a page size by id, ignoring case; throws IllegalArgumentException naming the valid ids. */
    public static PageSize fromId(String id) {
        for (PageSize size : values()) {
            if (size.id.equals(id.toLowerCase(Locale.ROOT))) {
                return size;
            }
        }
        throw new IllegalArgumentException("unknown page size '" + id + "' (expected a4 or letter)");
    }
}
