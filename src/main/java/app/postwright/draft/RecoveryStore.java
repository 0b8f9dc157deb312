package app.postwright.draft;

import app.postwright.BadInputException;
import app.postwright.model.Posting;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Autosaved copies of open drafts, kept apart from the user's own files (in {@link AppDirectories#recoveryDir()})
 * so that autosave never touches them. Each editing session has an id; its copy is two files written atomically:
 * {@code ID.json}, the draft itself, and {@code ID.properties}, what the recovery prompt shows (the original file or
 * none for an untitled draft, the time, the title). The draft is written first, so the record never describes a
 * draft that is not there. A normal close discards the session's copy; what is left at the next start was left
 * by a crash. Thread-safe as long as one session id is used by one writer at a time.
 */
public final class RecoveryStore {
    private static final String DRAFT = ".json";
    private static final String RECORD = ".properties";

    private final Path folder;
    private final DraftCodec codec;
    private final Clock clock;

    public RecoveryStore(Path folder, DraftCodec codec, Clock clock) {
        this.folder = folder;
        this.codec = codec;
        this.clock = clock;
    }

    /** What can be recovered, as the prompt lists it. */
    public record Entry(String id, Path original, Instant savedAt, String title) {
        /** The name the prompt shows: the original file's name, or "Untitled". */
        public String displayName() {
            return original == null ? "Untitled" : original.getFileName().toString();
        }
    }

    /** A fresh session id, unique among sessions (and so among running Postwright windows). */
    public static String newSessionId() {
        return UUID.randomUUID().toString();
    }

    /** Writes {@code posting} as the session's recoverable copy; {@code original} is null for an untitled draft. */
    public void save(String id, Posting posting, Path original) {
        createFolder();
        AtomicFiles.write(draftFile(id), codec.toJson(posting).getBytes(StandardCharsets.UTF_8));
        Properties record = new Properties();
        if (original != null) {
            record.setProperty("original", original.toAbsolutePath().toString());
        }
        record.setProperty("savedAt", clock.instant().toString());
        record.setProperty("title", posting.details().title());
        StringWriter text = new StringWriter();
        try {
            record.store(text, "Postwright recovery record");
        } catch (IOException e) {
            throw new IllegalStateException("Writing properties to a string does no I/O", e);
        }
        AtomicFiles.write(recordFile(id), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Every recoverable copy, newest first. */
    public List<Entry> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path record : files.filter(f -> f.getFileName().toString().endsWith(RECORD)).toList()) {
                String id = record.getFileName().toString().replace(RECORD, "");
                if (Files.isRegularFile(draftFile(id))) {
                    entries.add(readEntry(id, record));
                }
            }
        } catch (IOException e) {
            throw new BadInputException("Cannot read the recovery folder " + folder + ": " + AtomicFiles.reason(e), e);
        }
        entries.sort(Comparator.comparing(Entry::savedAt).reversed());
        return entries;
    }

    /** The recovered draft; BadInputException (naming the file) if the copy is damaged. */
    public Posting load(Entry entry) {
        return codec.read(draftFile(entry.id()));
    }

    /** Removes the session's copy, if there is one. */
    public void discard(String id) {
        try {
            Files.deleteIfExists(recordFile(id));
            Files.deleteIfExists(draftFile(id));
        } catch (IOException e) {
            throw new BadInputException("Cannot remove the recovered draft " + draftFile(id) + ": "
                    + AtomicFiles.reason(e), e);
        }
    }

    private Entry readEntry(String id, Path recordFile) throws IOException {
        Properties record = new Properties();
        try (Reader in = Files.newBufferedReader(recordFile, StandardCharsets.UTF_8)) {
            record.load(in);
        }
        String original = record.getProperty("original");
        return new Entry(id, original == null ? null : Path.of(original), savedAt(record, id),
                record.getProperty("title", ""));
    }

    /** The recorded time; a record damaged by hand falls back to the draft file's own time. */
    private Instant savedAt(Properties record, String id) throws IOException {
        try {
            return Instant.parse(record.getProperty("savedAt", ""));
        } catch (DateTimeParseException damaged) {
            return Files.getLastModifiedTime(draftFile(id)).toInstant();
        }
    }

    private void createFolder() {
        try {
            Files.createDirectories(folder);
        } catch (NoSuchFileException e) {
            throw new BadInputException("Cannot create the recovery folder " + folder + ": the folder "
                    + e.getFile() + " does not exist", e);
        } catch (IOException e) {
            throw new BadInputException("Cannot create the recovery folder " + folder + ": " + AtomicFiles.reason(e),
                    e);
        }
    }

    private Path draftFile(String id) {
        return folder.resolve(id + DRAFT);
    }

    private Path recordFile(String id) {
        return folder.resolve(id + RECORD);
    }
}
