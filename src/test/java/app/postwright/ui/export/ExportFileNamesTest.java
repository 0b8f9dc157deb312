package app.postwright.ui.export;

import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportFileNamesTest {
    @TempDir
    Path home;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Senior Backend Engineer (m/w/d)  | senior-backend-engineer-m-w-d
            Café Barista – Zürich            | cafe-barista-zurich
            '   '                            | job-posting
            !!!                              | job-posting
            Инженер по данным                | инженер-по-данным
            高级工程师                         | 高级工程师
            """)
    void slugsKeepLettersOfEveryScriptAndDropTheRest(String title, String slug) {
        assertThat(ExportFileNames.slug(title)).isEqualTo(slug);
    }

    @Test
    void slugsAreCappedWithoutATrailingHyphen() {
        String slug = ExportFileNames.slug("word ".repeat(40));

        assertThat(slug).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-").startsWith("word-word");
    }

    @Test
    void suggestsTheDraftsFolderAndNameWhenThereIsADraft() {
        Path draft = home.resolve("drafts/senior-backend.json");

        assertThat(ExportFileNames.suggest(titled("Ignored"), draft, home, home, ExportFormat.PDF))
                .isEqualTo(home.resolve("drafts/senior-backend.pdf"));
    }

    @Test
    void suggestsTheLastFolderAndTheTitlesSlugForAnUntitledDraft() {
        assertThat(ExportFileNames.suggest(titled("Data Engineer"), null, home, Path.of("/elsewhere"),
                ExportFormat.MARKDOWN)).isEqualTo(home.resolve("data-engineer.md"));
    }

    @Test
    void fallsBackToTheHomeFolderWhenTheLastFolderIsGone() {
        Path gone = home.resolve("deleted");

        assertThat(ExportFileNames.suggest(titled(""), null, gone, home, ExportFormat.HTML))
                .isEqualTo(home.resolve("job-posting.html"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /out/job.pdf       | MARKDOWN | /out/job.md
            /out/job.MD        | HTML     | /out/job.html
            /out/job           | PDF      | /out/job.pdf
            /out/report.v2     | PDF      | /out/report.v2.pdf
            /out/.hidden       | HTML     | /out/.hidden.html
            """)
    void swapsOnlyExportExtensions(String file, ExportFormat format, String expected) {
        assertThat(ExportFileNames.withExtension(Path.of(file), format)).isEqualTo(Path.of(expected));
    }

    private static Posting titled(String title) {
        return new Posting(PostingDetails.EMPTY.withTitle(title), List.of());
    }
}
