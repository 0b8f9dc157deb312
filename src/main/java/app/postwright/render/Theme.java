package app.postwright.render;

import java.util.Locale;

/** Visual themes of the exported HTML/PDF; each is one CSS file under assets/themes/. */
public enum Theme {
    CLASSIC("classic", "Classic"),
    MODERN("modern", "Modern");

    private final String id;
    private final String displayName;

    Theme(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The name used on the command line and in settings, e.g. "classic". */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Finds a theme by id, ignoring case; throws IllegalArgumentException naming the valid ids. */
    public static Theme fromId(String id) {
        for (Theme theme : values()) {
            if (theme.id.equals(id.toLowerCase(Locale.ROOT))) {
                return theme;
            }
        }
        throw new IllegalArgumentException("unknown theme '" + id + "' (expected one of: classic, modern)");
    }
}
