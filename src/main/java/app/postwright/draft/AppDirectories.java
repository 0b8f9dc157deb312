package app.postwright.draft;

import java.nio.file.Path;

/** Outline: implemented in the draft work package. */
public final class AppDirectories {
    public Path templatesDir() {
        throw new UnsupportedOperationException("TODO");
    }
}
