package app.postwright;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionTest {

    @Test
    void versionAndBuildDateAreFilteredFromTheBuild() {
        assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(Version.buildDate()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(Version.describe()).isEqualTo("Postwright " + Version.current() + " (built " + Version.buildDate()
                + ")");
    }
}
