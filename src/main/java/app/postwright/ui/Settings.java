package app.postwright.ui;

import app.postwright.render.Theme;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.prefs.Preferences;

/**
 * The editor's persistent settings: typed keys with defaults over a {@link Preferences} node. Injected (never
 * static) so that tests use a throw-away node.
 */
public final class Settings {
    /** How many recently opened drafts the File menu and the start view list. */
    public static final int RECENT_LIMIT = 10;

    /** One setting: its preference name, default and text form. */
    public record Key<T>(String name, T defaultValue, Function<String, T> parse, Function<T, String> format) {
        static Key<Double> number(String name, double defaultValue) {
            return new Key<>(name, defaultValue, Double::valueOf, String::valueOf);
        }

        static Key<Boolean> flag(String name, boolean defaultValue) {
            return new Key<>(name, defaultValue, Boolean::valueOf, String::valueOf);
        }
    }

    /** Window bounds; NaN means "not stored yet": fit the window to the screen. */
    public static final Key<Double> WINDOW_X = Key.number("window.x", Double.NaN);
    public static final Key<Double> WINDOW_Y = Key.number("window.y", Double.NaN);
    public static final Key<Double> WINDOW_WIDTH = Key.number("window.width", Double.NaN);
    public static final Key<Double> WINDOW_HEIGHT = Key.number("window.height", Double.NaN);
    public static final Key<Boolean> WINDOW_MAXIMIZED = Key.flag("window.maximized", false);
    public static final Key<AppTheme> APP_THEME = new Key<>("app.theme", AppTheme.LIGHT, AppTheme::valueOf,
            AppTheme::name);
    public static final Key<Theme> PREVIEW_THEME = new Key<>("preview.theme", Theme.CLASSIC, Theme::fromId, Theme::id);
    public static final Key<Boolean> PREVIEW_PAGE_VIEW = Key.flag("preview.pageView", false);
    private static final String RECENT_FILES = "recent.files";

    private final Preferences node;

    public Settings(Preferences node) {
        this.node = Objects.requireNonNull(node);
    }

    /** The stored value, or the key's default when nothing (or something unreadable) is stored. */
    public <T> T get(Key<T> key) {
        String stored = node.get(key.name(), null);
        if (stored == null) {
            return key.defaultValue();
        }
        try {
            return key.parse().apply(stored);
        } catch (IllegalArgumentException unreadable) {
            // A value written by another version: fall back to the default rather than fail at start-up.
            return key.defaultValue();
        }
    }

    public <T> void put(Key<T> key, T value) {
        node.put(key.name(), key.format().apply(value));
    }

    /** Recently opened drafts, most recent first. */
    public List<Path> recentFiles() {
        String stored = node.get(RECENT_FILES, "");
        return stored.isEmpty() ? List.of() : Arrays.stream(stored.split("\n")).map(Path::of).toList();
    }

    /** Moves {@code file} to the top of the recent list, dropping the oldest beyond {@link #RECENT_LIMIT}. */
    public void addRecentFile(Path file) {
        List<Path> recent = new ArrayList<>(recentFiles());
        Path absolute = file.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        storeRecent(recent.subList(0, Math.min(RECENT_LIMIT, recent.size())));
    }

    private void storeRecent(List<Path> recent) {
        node.put(RECENT_FILES, String.join("\n", recent.stream().map(Path::toString).toList()));
    }
}
