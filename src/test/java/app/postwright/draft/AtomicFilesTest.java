package app.postwright.draft;

import app.postwright.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesANewFileAndReplacesAnOldOne() throws IOException {
        Path target = dir.resolve("out.html");

        AtomicFiles.write(target, "first".getBytes(StandardCharsets.UTF_8));
        assertThat(target).hasContent("first");
        AtomicFiles.write(target, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("second");
        assertThat(namesIn(dir)).containsExactly("out.html");
    }

    @Test
    void failingWriterLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("job.json"), "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new cont".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(BadInputException.class)
                .hasMessage("Cannot save " + target + ": the disk is full");

        assertThat(target).hasContent("old");
        assertThat(namesIn(dir)).containsExactly("job.json");
    }

    @Test
    void programmingErrorsInTheWriterPassThroughAndStillCleanUp() throws IOException {
        Path target = Files.writeString(dir.resolve("job.json"), "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(target).hasContent("old");
        assertThat(namesIn(dir)).containsExactly("job.json");
    }

    @Test
    void missingFolderIsReportedAndNothingIsCreated() {
        Path target = dir.resolve("no-such-folder").resolve("job.json");

        assertThatThrownBy(() -> AtomicFiles.write(target, new byte[] {1}))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("Cannot save " + target + ": the folder ")
                .hasMessageEndingWith("does not exist");
        assertThat(dir.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void aFolderInTheWayIsReportedAndKept() throws IOException {
        Path target = Files.createDirectory(dir.resolve("job.json"));
        Files.writeString(target.resolve("inside.txt"), "keep me");

        assertThatThrownBy(() -> AtomicFiles.write(target, new byte[] {1}))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Cannot save " + target + ": a folder of that name is in the way");
        assertThat(target.resolve("inside.txt")).hasContent("keep me");
    }

    @Test
    void readOnlyFolderIsReportedAndTheOldFileKept() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "needs POSIX permissions");
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path target = Files.writeString(folder.resolve("job.json"), "old");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // Root ignores permissions; the other failure tests cover that case.
            assumeTrue(!Files.isWritable(folder), "running as root: permissions are not enforced");

            assertThatThrownBy(() -> AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("Cannot save " + target + ": permission denied (is the folder read-only?)");
            assertThat(target).hasContent("old");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void newFilesGetNormalPermissionsNotOwnerOnlyTemporaryOnes() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "needs POSIX permissions");
        Path target = dir.resolve("shared.html");

        AtomicFiles.write(target, new byte[] {1});

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).startsWith("rw-r");
    }

    @Test
    void theNextWriteRemovesTheTemporaryFilesOfKilledWritersButNotLiveOnesOrOthers() throws IOException {
        Path target = Files.writeString(dir.resolve("job.json"), "old");
        FileTime twoMinutesAgo = FileTime.from(Instant.now().minus(Duration.ofMinutes(2)));
        Path killed = stale(dir.resolve(".job.json.3f2a9c0d1e.tmp"), twoMinutesAgo);
        Path killedLongSuffix = stale(dir.resolve(".job.json.7fffffffffffffff.tmp"), twoMinutesAgo);
        Path live = Files.writeString(dir.resolve(".job.json.51c0ffee.tmp"), "being written right now");
        Path otherTarget = stale(dir.resolve(".job.json.bak.3f2a9c0d1e.tmp"), twoMinutesAgo);
        Path notOurPattern = stale(dir.resolve(".job.json.notes.tmp"), twoMinutesAgo);
        Path notHidden = stale(dir.resolve("job.json.3f2a9c0d1e.tmp"), twoMinutesAgo);

        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("new");
        assertThat(killed).doesNotExist();
        assertThat(killedLongSuffix).doesNotExist();
        assertThat(live).hasContent("being written right now");
        assertThat(otherTarget).exists();
        assertThat(notOurPattern).exists();
        assertThat(notHidden).exists();
    }

    @Test
    void aFailedWriteLeavesOldTemporaryFilesForTheNextSuccessfulOne() throws IOException {
        Path target = Files.writeString(dir.resolve("job.json"), "old");
        Path killed = stale(dir.resolve(".job.json.3f2a9c0d1e.tmp"),
                FileTime.from(Instant.now().minus(Duration.ofMinutes(2))));

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            throw new IOException("No space left on device");
        })).isInstanceOf(BadInputException.class);
        assertThat(killed).exists();

        AtomicFiles.write(target, new byte[] {1});
        assertThat(killed).doesNotExist();
        assertThat(namesIn(dir)).containsExactly("job.json");
    }

    private static Path stale(Path file, FileTime modified) throws IOException {
        Files.writeString(file, "left by a killed writer");
        Files.setLastModifiedTime(file, modified);
        return file;
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
