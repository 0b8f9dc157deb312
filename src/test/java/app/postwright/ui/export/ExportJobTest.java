package app.postwright.ui.export;

import app.postwright.BadInputException;
import app.postwright.model.Posting;
import app.postwright.render.HtmlRenderer;
import app.postwright.render.MarkdownWriter;
import app.postwright.render.PageSize;
import app.postwright.render.PdfExporter;
import app.postwright.render.RenderOptions;
import app.postwright.render.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The export work without a screen, with encoders that write recognisable bytes per format. */
class ExportJobTest {
    private static final Posting POSTING = ExportFixtures.backendDeveloper();

    @TempDir
    Path folder;

    private final ExportJob job = new ExportJob(labelled("html"), labelled("markdown"), labelled("pdf"));

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void writesTheChosenFormatsBytesToTheTarget(ExportFormat format) throws IOException {
        Path target = folder.resolve("out." + format.extension());

        Path written = job.run(new ExportRequest(POSTING, format, RenderOptions.DEFAULT, target), () -> false);

        assertThat(written).isEqualTo(target);
        String expectedLabel = format == ExportFormat.MARKDOWN ? "markdown" : format.extension();
        assertThat(Files.readString(target)).isEqualTo(expectedLabel + ":" + POSTING.details().title() + ":classic");
        assertThat(filesIn(folder)).containsExactly(target.getFileName().toString());
    }

    @Test
    void replacesAnExistingFileWithoutLeavingTemporaryFiles() throws IOException {
        Path target = folder.resolve("job.html");
        Files.writeString(target, "old");

        job.run(new ExportRequest(POSTING, ExportFormat.HTML, RenderOptions.DEFAULT, target), () -> false);

        assertThat(Files.readString(target)).startsWith("html:");
        assertThat(filesIn(folder)).containsExactly("job.html");
    }

    @Test
    void aFailingEncoderLeavesThePreviousFileIntact() throws IOException {
        Path target = folder.resolve("job.pdf");
        Files.writeString(target, "previous");
        ExportJob failing = new ExportJob(labelled("html"), labelled("markdown"), (posting, options, out) -> {
            out.write("%PDF-half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("font missing");
        });

        assertThatThrownBy(() -> failing.run(new ExportRequest(POSTING, ExportFormat.PDF, RenderOptions.DEFAULT,
                target), () -> false)).isInstanceOf(IOException.class).hasMessage("font missing");

        assertThat(Files.readString(target)).isEqualTo("previous");
        assertThat(filesIn(folder)).containsExactly("job.pdf");
    }

    @Test
    void aCancelledExportWritesNothing() {
        Path target = folder.resolve("job.md");

        assertThatThrownBy(() -> job.run(new ExportRequest(POSTING, ExportFormat.MARKDOWN, RenderOptions.DEFAULT,
                target), () -> true)).isInstanceOf(CancellationException.class);

        assertThat(target).doesNotExist();
    }

    @Test
    void aMissingFolderIsReportedNamingTheFile() {
        Path target = folder.resolve("gone/job.html");

        assertThatThrownBy(() -> job.run(new ExportRequest(POSTING, ExportFormat.HTML, RenderOptions.DEFAULT,
                target), () -> false)).isInstanceOf(BadInputException.class).hasMessageContaining("job.html");
    }

    /** Writes "label:title:theme" so a test sees which encoder ran, for which posting, with which options. */
    private static PostingEncoder labelled(String label) {
        return (posting, options, out) -> out.write((label + ":" + posting.details().title() + ":"
                + options.theme().id()).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theRealJobWritesThePreviewsHtmlTheMarkdownAndAPdf() throws IOException {
        HtmlRenderer htmlRenderer = new HtmlRenderer();
        MarkdownWriter markdownWriter = new MarkdownWriter();
        ExportJob real = ExportJob.using(htmlRenderer, markdownWriter, new PdfExporter(htmlRenderer));
        RenderOptions options = new RenderOptions(Theme.MODERN, PageSize.LETTER);

        Path html = real.run(new ExportRequest(POSTING, ExportFormat.HTML, options, folder.resolve("a.html")),
                () -> false);
        Path markdown = real.run(new ExportRequest(POSTING, ExportFormat.MARKDOWN, options, folder.resolve("a.md")),
                () -> false);
        Path pdf = real.run(new ExportRequest(POSTING, ExportFormat.PDF, options, folder.resolve("a.pdf")),
                () -> false);

        assertThat(Files.readString(html)).isEqualTo(htmlRenderer.render(POSTING, options));
        assertThat(Files.readString(markdown)).isEqualTo(markdownWriter.write(POSTING));
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }
}
