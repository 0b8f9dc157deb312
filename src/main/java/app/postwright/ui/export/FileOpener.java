package app.postwright.ui.export;

import java.io.IOException;
import java.nio.file.Path;

/** Opens a file or folder in the system's default application. */
@FunctionalInterface
public interface FileOpener {

    /** Opens {@code path}; throws IOException with a readable message when this system cannot. May block. */
    void open(Path path) throws IOException;
}
