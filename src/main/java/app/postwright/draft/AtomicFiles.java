package app.postwright.draft;

import app.postwright.BadInputException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Crash-safe file writes: temporary file in the target's folder, flushed and synced, then moved over it. A reader
 * of the target therefore sees either the old or the new content in full, never a mix, even after a crash or a
 * kill; on failure the temporary file is removed and the old content is left as it was.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code target} atomically; throws BadInputException naming the file on failure. */
    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    /** Receives the output stream of the temporary file. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(java.io.OutputStream out) throws java.io.IOException;
    }

    /** Streams content into {@code target} atomically; throws BadInputException naming the file on failure. */
    public static void write(Path target, Writer writer) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInputException("Cannot save " + target + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new BadInputException("Cannot save " + target + ": a folder of that name is in the way");
        }
        Path temp = createTemp(target, folder, absolute.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, absolute);
            syncFolder(folder);
        } catch (IOException e) {
            deleteAfterFailure(temp, e);
            throw new BadInputException("Cannot save " + target + ": " + reason(e), e);
        } catch (RuntimeException e) {
            deleteAfterFailure(temp, e);
            throw e;
        }
    }

    private static Path createTemp(Path target, Path folder, String name) {
        // A hidden name next to the target, so the final move stays within one file system. The file gets the
        // default permissions (unlike Files.createTempFile's owner-only ones), as a normal save would.
        String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        Path temp = folder.resolve("." + name + "." + suffix + ".tmp");
        try {
            FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            return temp;
        } catch (IOException e) {
            throw new BadInputException("Cannot save " + target + ": " + reason(e), e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (certain network shares) cannot rename atomically; replacing is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Makes the rename itself durable: on POSIX file systems a rename lives in the folder, and until the folder is
     * synced a power loss can bring back the old name (or neither). Windows cannot open a folder as a channel; NTFS
     * journals the rename instead.
     */
    private static void syncFolder(Path folder) throws IOException {
        if (!Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static void deleteAfterFailure(Path temp, Exception failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    /** The cause in words a user can act on. */
    static String reason(Throwable e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof AccessDeniedException || message.contains("Read-only file system")) {
            return "permission denied (is the folder read-only?)";
        }
        if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
            return "the disk is full";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return message;
    }
}
