package app.postwright.importer;

import app.postwright.BadInputException;
import app.postwright.model.BulletSection;
import app.postwright.model.Posting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostingImporterFileTest {
    private final PostingImporter importer = new PostingImporter();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void theExtensionChoosesTheReader() throws IOException {
        // "# Nurse" is a heading in Markdown; in plain text it is a line without a known shape, kept as text.
        String text = "# Nurse\n\n## Duties\n\n- Care\n";
        Posting expected = new Posting(Posting.EMPTY.details().withTitle("Nurse"),
                List.of(new BulletSection("Duties", List.of("Care"))));

        assertThat(importer.importFile(write("a.md", text))).isEqualTo(expected);
        assertThat(importer.importFile(write("b.MARKDOWN", text))).isEqualTo(expected);
        assertThat(importer.importFile(write("c.html", "<h1>Nurse</h1><h2>Duties</h2><ul><li>Care</li></ul>")))
                .isEqualTo(expected);
        assertThat(importer.importFile(write("d.htm", "<h1>Nurse</h1><h2>Duties</h2><ul><li>Care</li></ul>")))
                .isEqualTo(expected);
        assertThat(importer.importFile(write("e.txt", "Nurse\nDuties\n- Care\n"))).isEqualTo(expected);
        assertThat(importer.importFile(write("f", text)).details().title()).isEmpty();
    }

    @Test
    void aByteOrderMarkIsTolerated() throws IOException {
        Path file = dir.resolve("bom.txt");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Nurse\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        Files.write(file, bytes);

        assertThat(importer.importFile(file).details().title()).isEqualTo("Nurse");
    }

    @Test
    void anEmptyFileIsAnEmptyPosting() throws IOException {
        assertThat(importer.importFile(write("empty.md", ""))).isEqualTo(Posting.EMPTY);
        assertThat(importer.importFile(write("empty.txt", ""))).isEqualTo(Posting.EMPTY);
    }

    @Test
    void aMissingFileIsBadInputNamingIt() {
        Path missing = dir.resolve("missing.md");
        assertThatThrownBy(() -> importer.importFile(missing)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aFolderIsBadInputNamingIt() {
        assertThatThrownBy(() -> importer.importFile(dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("folder");
    }

    @Test
    void aBinaryFileIsBadInputNamingIt() throws IOException {
        Path png = Files.write(dir.resolve("logo.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path zeros = Files.write(dir.resolve("zeros.md"), new byte[]{'a', 0, 'b'});

        assertThatThrownBy(() -> importer.importFile(png)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(png.toString()).hasMessageContaining("not UTF-8 text");
        assertThatThrownBy(() -> importer.importFile(zeros)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(zeros.toString()).hasMessageContaining("binary");
    }

    @Test
    void anUnreadableFileIsBadInputNamingIt() throws IOException {
        Path file = write("secret.md", "# x");
        boolean locked = file.toFile().setReadable(false);
        if (!locked || Files.isReadable(file)) {
            return; // running as root: permissions cannot make the file unreadable here
        }
        assertThatThrownBy(() -> importer.importFile(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("cannot be read");
    }
}
