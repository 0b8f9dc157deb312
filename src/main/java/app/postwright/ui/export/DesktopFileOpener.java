package app.postwright.ui.export;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens files through {@link java.awt.Desktop}. Preferred over JavaFX's HostServices because Desktop tells whether
 * opening is possible at all (HostServices fails silently on systems without a desktop). Call it off the FX thread:
 * AWT may block while the other application starts.
 */
public final class DesktopFileOpener implements FileOpener {

    @Override
    public void open(Path path) throws IOException {
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new IOException("This system has no desktop to open files with. The file is at " + path);
        }
        Desktop.getDesktop().open(path.toFile());
    }
}
