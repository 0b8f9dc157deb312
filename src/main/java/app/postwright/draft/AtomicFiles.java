package app.postwright.draft;

import java.nio.file.Path;

/** Crash-safe file writes: temporary file in the target's folder, flushed and synced, then moved over it. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code target} atomically; throws BadInputException naming the file on failure. */
    public static void write(Path target, byte[] bytes) {
        throw new UnsupportedOperationException("TODO: implemented by the draft work package");
    }

    /** Receives the output stream of the temporary file. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(java.io.OutputStream out) throws java.io.IOException;
    }

    /** Streams content into {@code target} atomically. */
    public static void write(Path target, Writer writer) {
        throw new UnsupportedOperationException("TODO");
    }
}
