package app.postwright.draft;

import app.postwright.BadInputException;
import app.postwright.Lazy;
import app.postwright.model.EmploymentType;
import app.postwright.model.PayPeriod;
import app.postwright.model.Posting;
import app.postwright.model.WorkplaceType;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes drafts: JSON files with {@code "format": "postwright-draft"} and an integer version, see
 * docs/draft-format.md. Thread-safe.
 */
public final class DraftCodec {
    /** Some Windows editors start UTF-8 files with one; JSON has no use for it. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final ObjectMapper mapper = createMapper();
    private final ObjectReader reader = mapper.readerFor(DraftDocument.class);
    /** Made when a draft is first written: a command that only reads drafts (export) saves building its serialisers. */
    private final Lazy<ObjectWriter> writer = new Lazy<>(
            () -> mapper.writer(prettyPrinter()).forType(DraftDocument.class));

    /**
     * Reads a draft; throws {@link app.postwright.BadInputException} naming file, line, column and problem, and a
     * {@link NewerDraftVersionException} for a draft from a newer Postwright.
     */
    public Posting read(Path file) {
        return readText(file, false).posting();
    }

    /**
     * Reads a draft like {@link #read}, and one from a newer Postwright too, best effort, so that it can be shown
     * read-only: the keys this version knows are read as usual, unknown keys in open objects are kept as always.
     * Where the newer format changed what this version knows (a type, a new key in a closed object, a new section
     * kind), the usual located error says so and adds that the file is newer ({@link NewerDraftVersionException}).
     */
    public VersionedPosting readAnyVersion(Path file) {
        return readText(file, true);
    }

    /** Parses draft JSON; {@code sourceName} names the source in error messages. */
    public Posting parse(String json, String sourceName) {
        if (json.length() > DraftFormat.MAX_BYTES) {
            throw tooLarge(sourceName);
        }
        return parseText(json, sourceName, false).posting();
    }

    /** The pretty-printed, stable-key-order JSON of a draft, ending in a newline. */
    public String toJson(Posting posting) {
        try {
            return writer.get().writeValueAsString(DraftDocument.of(posting)) + "\n";
        } catch (JacksonException e) {
            // Only "extra" values that are not plain JSON values (maps, lists, strings, numbers, booleans) get here.
            throw new IllegalArgumentException("The posting holds a value that cannot be written as JSON", e);
        }
    }

    /** Saves atomically (temp file in the same folder, fsync, move), keeping the previous file as NAME.bak. */
    public void save(Posting posting, Path file) {
        byte[] bytes = toJson(posting).getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(file)) {
            AtomicFiles.write(backupOf(file), out -> Files.copy(file, out));
        }
        AtomicFiles.write(file, bytes);
    }

    /**
     * Saves like {@link #save(Posting, Path)}, but only if {@code file} still is what was opened ({@code opened},
     * taken when it was read; a stamp of a missing file for a new one). Otherwise throws
     * {@link FileStamp.FileChangedException}, and the editor asks before overwriting. Returns the new stamp. A change
     * in the instant between the check and the move can still slip through; the check is for the minutes and hours
     * a draft stays open.
     */
    public FileStamp save(Posting posting, Path file, FileStamp opened) {
        opened.verifyUnchanged(file);
        save(posting, file);
        return FileStamp.of(file);
    }

    /** Where {@link #save} keeps the previous version of {@code file}: the same name with ".bak" appended. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    private VersionedPosting readText(Path file, boolean newerAllowed) {
        String source = file.toString();
        return parseText(Utf8Text.decode(readBytes(file), source), source, newerAllowed);
    }

    /** Parses text (not bytes), so Jackson never guesses an encoding: files are decoded as strict UTF-8 first. */
    private VersionedPosting parseText(String json, String source, boolean newerAllowed) {
        String text = json.startsWith(BYTE_ORDER_MARK) ? json.substring(1) : json;
        JsonParser parser = createParser(text);
        BigInteger version = null;
        try (parser) {
            version = DraftPrecheck.check(parser, source, newerAllowed);
            DraftDocument document = reader.readValue(text);
            return new VersionedPosting(document.toPosting(), NewerDraftVersionException.clamp(version));
        } catch (JacksonException e) {
            BadInputException error = DraftErrors.translate(source, e, parser.currentTokenLocation());
            throw version != null && DraftPrecheck.isNewer(version) ? newerMismatch(error, version) : error;
        } catch (IOException e) {
            throw inMemoryIoIsABug(e);
        }
    }

    /** A newer draft that does not fit this version's format: the located error, and why it does not fit. */
    private static NewerDraftVersionException newerMismatch(BadInputException error, BigInteger version) {
        return new NewerDraftVersionException(error.getMessage() + " (the draft was made by a newer Postwright, "
                + "format version " + version + "; this version reads " + DraftFormat.VERSION + ")",
                NewerDraftVersionException.clamp(version), error);
    }

    private JsonParser createParser(String text) {
        try {
            return mapper.createParser(text);
        } catch (IOException e) {
            throw inMemoryIoIsABug(e);
        }
    }

    /** Parsing an in-memory string does no I/O, so an IOException other than a parse error is a programming error. */
    private static UncheckedIOException inMemoryIoIsABug(IOException e) {
        return new UncheckedIOException(e);
    }

    private static byte[] readBytes(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException(file + ": is a folder, not a draft file");
            }
            if (Files.size(file) > DraftFormat.MAX_BYTES) {
                throw tooLarge(file.toString());
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new BadInputException(file + ": cannot read the file (permission denied)", e);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    private static BadInputException tooLarge(String source) {
        return new BadInputException(source + ": too large for a draft; Postwright reads drafts up to "
                + DraftFormat.sizeLimitText());
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(DraftFormat.MAX_DEPTH)
                        .maxDocumentLength(DraftFormat.MAX_BYTES)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(KebabCaseEnums.module(WorkplaceType.class, EmploymentType.class, PayPeriod.class))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // A draft says what it means: "5" is not a number, 5 is not a string, "true" is not a boolean.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
                .build();
    }

    /** Two-space indent, "key": value, one array element per line, "\n" line ends on every OS. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
