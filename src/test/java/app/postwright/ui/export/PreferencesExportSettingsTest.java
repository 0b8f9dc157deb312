package app.postwright.ui.export;

import app.postwright.render.PageSize;
import app.postwright.render.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesExportSettingsTest {
    private final Preferences node = Preferences.userRoot().node("app/postwright/test/export-" + System.nanoTime());
    private final PreferencesExportSettings settings = new PreferencesExportSettings(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void startsWithTheDefaults() {
        assertThat(settings.lastChoices()).isEqualTo(ExportChoices.DEFAULT);
    }

    @Test
    void remembersEveryChoice() {
        ExportChoices choices = new ExportChoices(ExportFormat.MARKDOWN, Theme.MODERN, PageSize.LETTER,
                Path.of("/tmp/exports"));

        settings.remember(choices);

        assertThat(new PreferencesExportSettings(node).lastChoices()).isEqualTo(choices);
    }

    @Test
    void unknownStoredValuesFallBackToTheDefaults() {
        node.put("format", "DOCX");
        node.put("theme", "neon");
        node.put("pageSize", "");

        assertThat(settings.lastChoices()).isEqualTo(ExportChoices.DEFAULT);
    }
}
