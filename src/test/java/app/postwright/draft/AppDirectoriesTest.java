package app.postwright.draft;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AppDirectoriesTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxDefaultsFollowTheXdgSpec() {
        AppDirectories dirs = new AppDirectories("Linux", Map.of(), HOME, null);

        assertThat(dirs.configDir()).isEqualTo(Path.of("/home/ada/.config/postwright"));
        assertThat(dirs.dataDir()).isEqualTo(Path.of("/home/ada/.local/share/postwright"));
        assertThat(dirs.templatesDir()).isEqualTo(Path.of("/home/ada/.config/postwright/templates"));
        assertThat(dirs.recoveryDir()).isEqualTo(Path.of("/home/ada/.local/share/postwright/recovery"));
    }

    @Test
    void linuxHonoursAbsoluteXdgVariablesOnly() {
        AppDirectories set = new AppDirectories("Linux",
                Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/data"), HOME, null);
        AppDirectories relative = new AppDirectories("Linux", Map.of("XDG_CONFIG_HOME", "cfg"), HOME, null);

        assertThat(set.configDir()).isEqualTo(Path.of("/cfg/postwright"));
        assertThat(set.dataDir()).isEqualTo(Path.of("/data/postwright"));
        assertThat(relative.configDir()).isEqualTo(Path.of("/home/ada/.config/postwright"));
    }

    @Test
    void macUsesApplicationSupportForBoth() {
        AppDirectories dirs = new AppDirectories("Mac OS X", Map.of(), HOME, null);

        assertThat(dirs.configDir()).isEqualTo(Path.of("/home/ada/Library/Application Support/Postwright"));
        assertThat(dirs.dataDir()).isEqualTo(dirs.configDir());
    }

    @Test
    void windowsUsesAppDataAndLocalAppData() {
        // Absolute on the test machine's file system, standing in for C:\Users\ada\AppData\...
        AppDirectories dirs = new AppDirectories("Windows 11",
                Map.of("APPDATA", "/appdata/roaming", "LOCALAPPDATA", "/appdata/local"), HOME, null);
        AppDirectories unset = new AppDirectories("Windows 11", Map.of(), HOME, null);

        assertThat(dirs.configDir()).isEqualTo(Path.of("/appdata/roaming/Postwright"));
        assertThat(dirs.dataDir()).isEqualTo(Path.of("/appdata/local/Postwright"));
        assertThat(unset.configDir()).isEqualTo(Path.of("/home/ada/AppData/Roaming/Postwright"));
        assertThat(unset.dataDir()).isEqualTo(Path.of("/home/ada/AppData/Local/Postwright"));
    }

    @Test
    void homePropertyOverridesEverything() {
        AppDirectories dirs = new AppDirectories("Linux", Map.of("XDG_CONFIG_HOME", "/cfg"), HOME, "/tmp/pw");

        assertThat(dirs.configDir()).isEqualTo(Path.of("/tmp/pw"));
        assertThat(dirs.templatesDir()).isEqualTo(Path.of("/tmp/pw/templates"));
        assertThat(dirs.recoveryDir()).isEqualTo(Path.of("/tmp/pw/recovery"));
    }

    @Test
    void defaultConstructorReadsTheSystemProperty() {
        String before = System.getProperty(AppDirectories.HOME_PROPERTY);
        System.setProperty(AppDirectories.HOME_PROPERTY, "/tmp/pw-test-home");
        try {
            assertThat(new AppDirectories().templatesDir())
                    .isEqualTo(Path.of("/tmp/pw-test-home/templates"));
        } finally {
            if (before == null) {
                System.clearProperty(AppDirectories.HOME_PROPERTY);
            } else {
                System.setProperty(AppDirectories.HOME_PROPERTY, before);
            }
        }
    }
}
