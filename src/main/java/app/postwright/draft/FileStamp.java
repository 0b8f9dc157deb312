package app.postwright.draft;

import app.postwright.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * What a file looked like when it was opened: size, modification time and content hash. Comparing it with the file
 * just before a save tells whether someone else changed, replaced or deleted the file meanwhile (another program,
 * a sync client, a colleague on a shared drive), so the save can ask instead of silently overwriting their work.
 * The hash catches a replacement that keeps size and time; the time alone catches nothing on coarse file systems.
 *
 * @param exists false for a file that did not exist (a stamp of "nothing there")
 */
public record FileStamp(boolean exists, long size, Instant modified, String sha256) {
    private static final FileStamp ABSENT = new FileStamp(false, 0, Instant.EPOCH, "");

    /** The current stamp of {@code file}; a missing file gives a stamp that says so. */
    public static FileStamp of(Path file) {
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            long size = Files.size(file);
            return new FileStamp(true, size, modified, hash(file));
        } catch (NoSuchFileException e) {
            return ABSENT;
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the file (" + AtomicFiles.reason(e) + ")", e);
        }
    }

    /** Throws {@link FileChangedException} if {@code file} no longer matches this stamp. */
    public void verifyUnchanged(Path file) {
        FileStamp now = of(file);
        if (!now.equals(this)) {
            throw new FileChangedException(file, now.exists());
        }
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** The file was changed, replaced or deleted by someone else since it was opened. */
    public static final class FileChangedException extends BadInputException {
        private static final long serialVersionUID = 1L;

        FileChangedException(Path file, boolean stillThere) {
            super(stillThere
                    ? file + ": changed by another program since it was opened; saving would overwrite those changes"
                    : file + ": deleted or moved by another program since it was opened");
        }
    }
}
