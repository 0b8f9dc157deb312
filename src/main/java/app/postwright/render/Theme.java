package app.postwright.render;

/** Visual themes of the exported HTML/PDF; each is one CSS file under assets/themes/. */
public enum Theme implements RenderChoice {
    CLASSIC("classic", "Classic"),
    MODERN("modern", "Modern");

    private final String id;
    private final String displayName;

    Theme(String id, String displayName) {
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

    /** Finds a theme by id, ignoring case; throws IllegalArgumentException naming the valid ids. */
    public static Theme fromId(String id) {
        return RenderChoice.byId(Theme.class, id, "theme");
    }
}
