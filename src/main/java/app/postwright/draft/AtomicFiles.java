package app.postwright.draft;

import app.postwright.BadInputException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Crash-safe file writes: temporary file in the target's folder, flushed and synced, then moved over it. A reader
 * of the target therefore sees either the old or the new content in full, never a mix, even after a crash or a
 * kill; on failure the temporary file is removed and the old content is left as it was. A process killed between
 * creating and moving its temporary file cannot remove it; the next successful write of the same target does.
 */
public final class AtomicFiles {
    /**
     * A temporary file of the target untouched for this long belongs to a writer that died: a live writer keeps
     * changing its file, and even a 16 MB draft on a slow disk is written within seconds.
     */
    static final Duration STALE_AFTER = Duration.ofMinutes(1);
    private static final System.Logger LOG = System.getLogger(AtomicFiles.class.getName());
    private static final String TEMP_END = ".tmp";

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
        removeStaleTemps(folder, absolute.getFileName().toString());
    }

    private static Path createTemp(Path target, Path folder, String name) {
        // A hidden name next to the target, so the final move stays within one file system. The file gets the
        // default permissions (unlike Files.createTempFile's owner-only ones), as a normal save would.
        String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        Path temp = folder.resolve(tempPrefix(name) + suffix + TEMP_END);
        try {
            FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            return temp;
        } catch (IOException e) {
            throw new BadInputException("Cannot save " + target + ": " + reason(e), e);
        }
    }

    private static String tempPrefix(String targetName) {
        return "." + targetName + ".";
    }

    /**
     * Removes the temporary files of {@code targetName} that writers killed half-way left behind: names of exactly
     * our pattern, not modified for {@link #STALE_AFTER}, so a concurrent writer's live file is left alone. The
     * write itself has succeeded by now; a file that cannot be removed is logged and tried again next time.
     */
    static void removeStaleTemps(Path folder, String targetName) {
        // The random part is Long.toHexString of a non-negative long, see createTemp.
        Pattern ours = Pattern.compile(Pattern.quote(tempPrefix(targetName)) + "[0-9a-f]{1,16}"
                + Pattern.quote(TEMP_END));
        FileTime staleBefore = FileTime.from(Instant.now().minus(STALE_AFTER));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                file -> ours.matcher(file.getFileName().toString()).matches())) {
            for (Path file : files) {
                removeIfStale(file, staleBefore);
            }
        } catch (IOException | DirectoryIteratorException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not look for stale temporary files in " + folder, e);
        }
    }

    private static void removeIfStale(Path file, FileTime staleBefore) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isRegularFile() && attributes.lastModifiedTime().compareTo(staleBefore) < 0) {
                Files.deleteIfExists(file);
            }
        } catch (NoSuchFileException e) {
            LOG.log(System.Logger.Level.DEBUG, "Another writer removed " + file + " first");
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not remove the stale temporary file " + file, e);
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
