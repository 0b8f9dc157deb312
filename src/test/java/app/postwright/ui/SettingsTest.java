package app.postwright.ui;

import app.postwright.render.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsTest {
    private final Preferences node = Preferences.userRoot().node("postwright-test-" + UUID.randomUUID());
    private final Settings settings = new Settings(node);

    @AfterEach
    void clean() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void defaultsUntilSetThenStoredValues() {
        assertThat(settings.get(Settings.APP_THEME)).isEqualTo(AppTheme.LIGHT);
        assertThat(settings.get(Settings.WINDOW_WIDTH)).isNaN();

        settings.put(Settings.APP_THEME, AppTheme.DARK);
        settings.put(Settings.PREVIEW_THEME, Theme.MODERN);
        settings.put(Settings.WINDOW_WIDTH, 1200.0);

        Settings reread = new Settings(node);
        assertThat(reread.get(Settings.APP_THEME)).isEqualTo(AppTheme.DARK);
        assertThat(reread.get(Settings.PREVIEW_THEME)).isEqualTo(Theme.MODERN);
        assertThat(reread.get(Settings.WINDOW_WIDTH)).isEqualTo(1200.0);
    }

    @Test
    void unreadableValueFallsBackToDefault() {
        node.put(Settings.APP_THEME.name(), "PURPLE");

        assertThat(settings.get(Settings.APP_THEME)).isEqualTo(AppTheme.LIGHT);
    }

    @Test
    void recentFilesAreMostRecentFirstWithoutDuplicatesAndCapped() {
        for (int i = 0; i < 12; i++) {
            settings.addRecentFile(Path.of("/drafts/p" + i + ".json"));
        }
        settings.addRecentFile(Path.of("/drafts/p5.json"));

        assertThat(settings.recentFiles()).hasSize(Settings.RECENT_LIMIT)
                .startsWith(Path.of("/drafts/p5.json"), Path.of("/drafts/p11.json"))
                .doesNotHaveDuplicates();
    }
}
