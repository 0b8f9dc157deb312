package app.postwright.importer;

import app.postwright.model.Posting;
import app.postwright.render.AttackStrings;
import app.postwright.render.HtmlRenderer;
import app.postwright.render.MarkdownWriter;
import app.postwright.render.RenderOptions;
import app.postwright.render.SafeHtml;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, "Safe output", for text that arrives by import: each attack string placed in a title, a heading, a
 * paragraph, a bullet, a table and an FAQ of an imported Markdown (or HTML) page never becomes active content in
 * the HTML export, and the Markdown export of the result carries no raw HTML: read back by a Markdown processor that
 * passes raw HTML through (flexmark's default, as many sites do), it yields none.
 */
class HostileImportTest {
    private static final PostingImporter IMPORTER = new PostingImporter();
    private static final HtmlRenderer RENDERER = new HtmlRenderer();
    private static final MarkdownWriter MARKDOWN = new MarkdownWriter();
    private static final MutableDataSet GITHUB_LIKE = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()));
    private static final Parser PARSER = Parser.builder(GITHUB_LIKE).build();
    private static final com.vladsch.flexmark.html.HtmlRenderer PASS_THROUGH =
            com.vladsch.flexmark.html.HtmlRenderer.builder(GITHUB_LIKE).build();

    static List<String> attacks() {
        assertThat(AttackStrings.ALL).hasSizeGreaterThanOrEqualTo(50);
        return AttackStrings.ALL;
    }

    /** A job page in Markdown with {@code attack} in every kind of block the importer reads. */
    private static String markdownPage(String attack) {
        return "# " + attack + "\n\n"
                + "## " + attack + "\n\n" + attack + "\n\n"
                + "## Responsibilities\n\n- " + attack + "\n- Ship " + attack + "\n\n"
                + "## Additional Information\n\n| Field | Value |\n| --- | --- |\n| " + attack + " | " + attack + " |\n\n"
                + "## FAQs\n\n### " + attack + "\n\n" + attack + "\n";
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void importedMarkdownExportsSafeHtmlAndMarkdown(String attack) {
        assertSafeExports(IMPORTER.importMarkdown(markdownPage(attack)));
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void importedHtmlExportsSafeHtmlAndMarkdown(String attack) {
        String page = "<html><body><h1>Engineer " + attack + "</h1><h2>About</h2><p>" + attack + "</p><ul><li>"
                + attack + "</li></ul></body></html>";
        assertSafeExports(IMPORTER.importHtml(page));
    }

    private static void assertSafeExports(Posting posting) {
        SafeHtml.assertNoActiveContent(Jsoup.parse(RENDERER.render(posting, RenderOptions.DEFAULT)), true);

        String markdown = MARKDOWN.write(posting);
        String readBack = PASS_THROUGH.render(PARSER.parse(markdown));
        SafeHtml.assertNoActiveContent(Jsoup.parse(readBack), false);
        assertThat(Jsoup.parse(readBack).select("script, style, [style]")).as(markdown).isEmpty();
    }
}
