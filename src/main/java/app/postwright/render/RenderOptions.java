package app.postwright.render;

/** How a posting is rendered to HTML/PDF. */
public record RenderOptions(Theme theme, PageSize pageSize) {
    public static final RenderOptions DEFAULT = new RenderOptions(Theme.CLASSIC, PageSize.A4);

    public RenderOptions {
        theme = theme == null ? Theme.CLASSIC : theme;
        pageSize = pageSize == null ? PageSize.A4 : pageSize;
    }

    public RenderOptions withTheme(Theme value) {
        return new RenderOptions(value, pageSize);
    }

    public RenderOptions withPageSize(PageSize value) {
        return new RenderOptions(theme, value);
    }
}
