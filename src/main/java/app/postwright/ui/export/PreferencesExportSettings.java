package app.postwright.ui.export;

import app.postwright.render.PageSize;
import app.postwright.render.Theme;

import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * {@link ExportSettings} stored with {@link java.util.prefs.Preferences}. Stored values are ids and paths; a value a
 * newer or older version wrote that this one does not know falls back to the default instead of failing.
 */
public final class PreferencesExportSettings implements ExportSettings {
    private static final String FORMAT = "format";
    private static final String THEME = "theme";
    private static final String PAGE_SIZE = "pageSize";
    private static final String FOLDER = "folder";

    private final Preferences node;

    public PreferencesExportSettings(Preferences node) {
        this.node = node;
    }

    /** The current user's node for Postwright's export settings. */
    public static PreferencesExportSettings forCurrentUser() {
        return new PreferencesExportSettings(Preferences.userRoot().node("app/postwright/export"));
    }

    @Override
    public ExportChoices lastChoices() {
        ExportChoices defaults = ExportChoices.DEFAULT;
        String folder = node.get(FOLDER, "");
        return new ExportChoices(
                enumValue(ExportFormat.class, node.get(FORMAT, ""), defaults.format()),
                enumValue(Theme.class, node.get(THEME, ""), defaults.theme()),
                enumValue(PageSize.class, node.get(PAGE_SIZE, ""), defaults.pageSize()),
                folder.isEmpty() ? null : Path.of(folder));
    }

    @Override
    public void remember(ExportChoices choices) {
        node.put(FORMAT, choices.format().name());
        node.put(THEME, choices.theme().name());
        node.put(PAGE_SIZE, choices.pageSize().name());
        if (choices.folder() == null) {
            node.remove(FOLDER);
        } else {
            node.put(FOLDER, choices.folder().toString());
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, E fallback) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return fallback;
    }
}
