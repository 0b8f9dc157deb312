package app.postwright.cli;

import app.postwright.draft.DraftCodec;
import app.postwright.template.TemplateCatalog;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Issue 4, point 3 on the command line: each kind of broken draft gives exit code 2 and one line on stderr that names
 * the file, the line and column where known, and what was wrong; nothing is written and the draft is not modified.
 */
class MalformedDraftCliTest {
    private static final String HEAD = "{\"format\": \"postwright-draft\", \"version\": 1,\n";

    @TempDir
    Path dir;

    /** Name, content (null: built by {@link #write}), and what stderr must say after the file name. */
    static Stream<Arguments> brokenDrafts() {
        String valid = new DraftCodec().toJson(new TemplateCatalog(Path.of("unused")).load("backend-systems-developer"));
        return Stream.of(
                arguments("empty", utf8(""), ": the file is empty;"),
                arguments("truncated", utf8(valid.lines().limit(10).collect(Collectors.joining("\n"))),
                        ", line 10, column 7: the JSON ends too early (is the file truncated?)"),
                arguments("not JSON", utf8("Backend Developer\nJob Brief"), ", line 1, column 8: not valid JSON"),
                arguments("binary garbage", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13},
                        ", line 1, column 1: not a text file in UTF-8 (is it binary?)"),
                arguments("wrong type", utf8(HEAD + "\"details\": {\"title\": 42}}"),
                        ", line 2, column 22: expected a string for details.title"),
                arguments("unknown enum value", utf8(HEAD + "\"details\": {\"workplaceType\": \"moon-base\"}}"),
                        ", line 2, column 30: unknown value \"moon-base\" for details.workplaceType; allowed: "),
                arguments("missing format", utf8("{\"version\": 1, \"details\": {}}"),
                        ", line 1, column 1: missing \"format\": \"postwright-draft\""),
                arguments("missing version", utf8("{\"format\": \"postwright-draft\"}"),
                        ", line 1, column 1: missing \"version\""),
                arguments("missing section kind", utf8(HEAD + "\"sections\": [{\"heading\": \"Perks\"}]}"),
                        ", line 2, column 33: missing \"kind\" for sections[0]"),
                arguments("duplicate key", utf8(HEAD + "\"details\": {\"title\": \"A\", \"title\": \"B\"}}"),
                        ", line 2, column 34: duplicate key \"title\""),
                arguments("newer format version", utf8("{\"format\": \"postwright-draft\",\n\"version\": 7}"),
                        ", line 2, column 12: made by a newer Postwright: format version 7, this version reads 1"),
                arguments("50 MB", null, ": too large for a draft; Postwright reads drafts up to 16 MB"),
                arguments("nesting 100,000 deep", utf8(HEAD + "\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"),
                        ", line 2, column 105: nested more than 100 levels deep"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDrafts")
    void exitsWithCode2AndOneLineNamingTheFileAndPlace(String name, byte[] content, String expected)
            throws IOException {
        Path draft = write(dir.resolve("broken.json"), content);
        byte[] digest = sha256(draft);
        Path out = dir.resolve("out");

        CliRunner.Result result = new CliRunner(dir.resolve("templates"))
                .run("export", draft.toString(), "--format", "html", "--out-dir", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).doesNotContain("\n").doesNotContain("Exception")
                .contains(draft + expected);
        assertThat(out).doesNotExist();
        assertThat(sha256(draft)).as("the draft is not modified").isEqualTo(digest);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Path write(Path file, byte[] content) throws IOException {
        if (content != null) {
            return Files.write(file, content);
        }
        // A sparse 50 MB file: as large as the real thing to the size check, without writing 50 MB.
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.write(HEAD.getBytes(StandardCharsets.UTF_8));
            sparse.setLength(50L * 1024 * 1024);
        }
        return file;
    }

    private static byte[] sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
