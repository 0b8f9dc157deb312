package app.postwright.ui.export;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DesktopFileOpenerTest {

    @Test
    void saysWhereTheFileIsWhenThereIsNoDesktop() {
        // Surefire runs with java.awt.headless=true, as on a server or in a container.
        Path file = Path.of("/exports/job.pdf");

        assertThatThrownBy(() -> new DesktopFileOpener().open(file))
                .isInstanceOf(IOException.class)
                .hasMessage("This system has no desktop to open files with. The file is at /exports/job.pdf");
    }
}
