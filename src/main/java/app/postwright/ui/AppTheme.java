package app.postwright.ui;

/** The editor's own look (not the posting's export theme): one stylesheet each over a shared base. */
public enum AppTheme {
    LIGHT("Light", "light.css"),
    DARK("Dark", "dark.css");

    private final String displayName;
    private final String stylesheet;

    AppTheme(String displayName, String stylesheet) {
        this.displayName = displayName;
        this.stylesheet = stylesheet;
    }

    public String displayName() {
        return displayName;
    }

    /** The palette stylesheet's URL; it is applied after base.css, which uses only its looked-up colours. */
    public String stylesheetUrl() {
        return AppTheme.class.getResource(stylesheet).toExternalForm();
    }

    public static String baseStylesheetUrl() {
        return AppTheme.class.getResource("base.css").toExternalForm();
    }
}
