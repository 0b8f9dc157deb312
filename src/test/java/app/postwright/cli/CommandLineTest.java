package app.postwright.cli;

import app.postwright.draft.DraftCodec;
import app.postwright.model.BulletSection;
import app.postwright.model.Posting;
import app.postwright.template.TemplateCatalog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {
    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("user-templates"));
    }

    private Path newDraft(String name, String template) {
        Path file = dir.resolve(name);
        CliRunner.Result result = cli.run("new", "--template", template, "-o", file.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        return file;
    }

    private static void assertOneLineError(CliRunner.Result result, String... fragments) {
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).doesNotContain("\n").doesNotContain("Exception").contains(fragments);
    }

    @Test
    void templatesListsTheBuiltInCatalog() {
        CliRunner.Result result = cli.run("templates");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("backend-systems-developer", "blank");
        assertThat(result.out().lines().count()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void newWritesTheTemplateAsADraft() {
        Path file = newDraft("backend.json", "backend-systems-developer");
        Posting expected = new TemplateCatalog(dir.resolve("user-templates")).load("backend-systems-developer");
        assertThat(new DraftCodec().read(file)).isEqualTo(expected);
    }

    @Test
    void newRefusesToOverwriteAnExistingFile() throws IOException {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, "my precious words");
        assertOneLineError(cli.run("new", "-t", "blank", "-o", file.toString()), "already exists");
        assertThat(Files.readString(file)).isEqualTo("my precious words");
    }

    @Test
    void newWithUnknownTemplateFailsAndWritesNothing() {
        Path file = dir.resolve("x.json");
        assertOneLineError(cli.run("new", "-t", "astronaut", "-o", file.toString()), "astronaut");
        assertThat(file).doesNotExist();
    }

    @Test
    void importTurnsMarkdownIntoADraft() throws IOException {
        Path md = dir.resolve("job.md");
        Files.writeString(md, "# Data Analyst\n\n## Responsibilities\n\n- Build dashboards\n- Clean data\n");
        Path out = dir.resolve("job.json");
        CliRunner.Result result = cli.run("import", md.toString(), "-o", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        Posting posting = new DraftCodec().read(out);
        assertThat(posting.details().title()).isEqualTo("Data Analyst");
        assertThat(posting.sections()).containsExactly(
                new BulletSection("Responsibilities", List.of("Build dashboards", "Clean data")));
    }

    @Test
    void importOfMissingFileNamesIt() {
        assertOneLineError(cli.run("import", dir.resolve("nope.md").toString(), "-o", dir.resolve("o.json").toString()),
                "nope.md");
    }

    @Test
    void exportsHtmlAndMarkdown() throws IOException {
        Path draft = newDraft("backend.json", "backend-systems-developer");
        assertThat(cli.run("export", draft.toString(), "--format", "html", "--theme", "modern").exitCode()).isZero();
        assertThat(cli.run("export", draft.toString(), "--format", "md").exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("backend.html"))).contains("<h1", "Backend Systems Developer");
        assertThat(Files.readString(dir.resolve("backend.md"))).startsWith("# Backend Systems Developer");
    }

    @Test
    void exportsManyDraftsToPdfInOneCall() throws IOException {
        Path a = newDraft("a.json", "backend-systems-developer");
        Path b = newDraft("b.json", "blank");
        Path out = dir.resolve("pdfs");
        CliRunner.Result result = cli.run("export", a.toString(), b.toString(), "--format", "pdf",
                "--out-dir", out.toString(), "--page-size", "letter");
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(out.resolve("a.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Backend Systems Developer");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
        assertThat(out.resolve("b.pdf")).exists();
    }

    @Test
    void oneBadInputWritesNothing() throws IOException {
        Path good = newDraft("good.json", "blank");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"postwright-draft\", \"version\": 1, \"details\": {\"title\": [");
        Path out = dir.resolve("out");
        assertOneLineError(cli.run("export", good.toString(), bad.toString(), "--format", "html",
                "--out-dir", out.toString()), "bad.json");
        assertThat(out).doesNotExist();
        assertThat(Files.readString(bad)).endsWith("[");
    }

    @Test
    void usageErrorsAreOneLine() {
        Path draft = newDraft("d.json", "blank");
        assertOneLineError(cli.run("export", draft.toString()), "--format");
        assertOneLineError(cli.run("export", draft.toString(), "--format", "docx"), "docx");
        assertOneLineError(cli.run("export", draft.toString(), "--format", "pdf", "--theme", "neon"), "neon");
        assertOneLineError(cli.run("export", draft.toString(), "--format", "pdf", "--page-size", "a5"), "a5");
        assertOneLineError(cli.run("export", draft.toString(), draft.toString(), "--format", "md", "-o", "x.md"),
                "--out-dir");
        assertOneLineError(cli.run("frobnicate"), "frobnicate");
    }

    @Test
    void unwritableOutputFolderIsReported() throws IOException {
        Path draft = newDraft("d.json", "blank");
        Path notAFolder = dir.resolve("file-not-folder");
        Files.writeString(notAFolder, "keep me");
        assertOneLineError(cli.run("export", draft.toString(), "--format", "html", "--out-dir", notAFolder.toString()),
                "file-not-folder");
        assertThat(Files.readString(notAFolder)).isEqualTo("keep me");
    }

    @Test
    void exportNeverOverwritesItsInput() throws IOException {
        Path md = dir.resolve("job.md");
        Files.writeString(md, "# Job\n\n## Benefits\n\n- Lunch\n");
        assertOneLineError(cli.run("export", md.toString(), "--format", "md"), "overwrite");
        assertThat(Files.readString(md)).isEqualTo("# Job\n\n## Benefits\n\n- Lunch\n");
    }

    @Test
    void tenThousandBulletsExport() throws IOException {
        List<String> bullets = IntStream.range(0, 10_000).mapToObj(i -> "Bullet number " + i).toList();
        Path draft = dir.resolve("big.json");
        new DraftCodec().save(Posting.EMPTY.withSections(List.of(new BulletSection("Duties", bullets))), draft);
        assertThat(cli.run("export", draft.toString(), "--format", "html").exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("big.html"), StandardCharsets.UTF_8)).contains("Bullet number 9999");
    }

    @Test
    void helpAndVersionExitZero() {
        for (String command : List.of("templates", "new", "import", "export")) {
            CliRunner.Result result = cli.run(command, "--help");
            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).contains("Usage: postwright " + command);
        }
        CliRunner.Result version = cli.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Postwright ");
    }

    @Test
    void theLaunchersCommandNamesAreThoseOfTheCommands() {
        assertThat(List.copyOf(PostwrightCommand.COMMANDS.keySet())).isEqualTo(CommandNames.ALL);
    }

    @Test
    void decidesBetweenEditorAndCommandLine() throws IOException {
        Path draft = newDraft("open-me.json", "blank");
        assertThat(CommandNames.isCommandLine(new String[0])).isFalse();
        assertThat(CommandNames.isCommandLine(new String[] {draft.toString()})).isFalse();
        assertThat(Stream.of("export", "--help", "templates", "missing-file.json"))
                .allMatch(arg -> CommandNames.isCommandLine(new String[] {arg}));
    }
}
