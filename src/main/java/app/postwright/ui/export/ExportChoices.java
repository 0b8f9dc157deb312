package app.postwright.ui.export;

import app.postwright.render.PageSize;
import app.postwright.render.RenderOptions;
import app.postwright.render.Theme;

import java.nio.file.Path;

/**
 * What the user picked in the export dialog last time, so the next export starts from there.
 *
 * @param folder the folder of the last export; null before the first one
 */
public record ExportChoices(ExportFormat format, Theme theme, PageSize pageSize, Path folder) {
    public static final ExportChoices DEFAULT = new ExportChoices(ExportFormat.PDF, Theme.CLASSIC, PageSize.A4, null);

    public ExportChoices {
        format = format == null ? DEFAULT.format() : format;
        theme = theme == null ? RenderOptions.DEFAULT.theme() : theme;
        pageSize = pageSize == null ? RenderOptions.DEFAULT.pageSize() : pageSize;
    }

    public RenderOptions renderOptions() {
        return new RenderOptions(theme, pageSize);
    }
}
