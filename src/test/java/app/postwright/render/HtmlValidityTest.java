package app.postwright.render;

import app.postwright.model.Posting;
import app.postwright.model.TextSection;
import app.postwright.template.TemplateCatalog;
import app.postwright.template.TemplateInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 2: the exported HTML is valid for the W3C Nu HTML Checker with zero errors (warnings allowed), for every
 * built-in template, a posting with every detail filled, right-to-left postings and hostile input, in both themes.
 */
class HtmlValidityTest {
    private static final HtmlRenderer RENDERER = new HtmlRenderer();

    private static NuHtmlChecker checker;

    @BeforeAll
    static void setUpChecker() throws Exception {
        checker = new NuHtmlChecker();
    }

    static Stream<Arguments> builtInTemplatesInBothThemes(@TempDir Path userTemplates) {
        TemplateCatalog catalog = new TemplateCatalog(userTemplates);
        List<TemplateInfo> builtIns = catalog.list().stream().filter(TemplateInfo::builtIn).toList();
        assertThat(builtIns).as("built-in templates").hasSizeGreaterThan(1);
        return builtIns.stream().flatMap(template -> Stream.of(Theme.values())
                .map(theme -> Arguments.of(template.id(), catalog.load(template.id()), theme)));
    }

    static Stream<Arguments> samplePostingsInBothThemes() {
        Posting everyDetail = Fixtures.richPosting().withDetails(Fixtures.richDetails().withCompany(
                Fixtures.richDetails().company().withLogoPath("https://northwind.example/logo.png")));
        Posting arabic = new Posting(Fixtures.richDetails().withLanguage("ar").withTitle("مطور أنظمة خلفية"),
                List.of(new TextSection("عن الوظيفة", "نحن نبحث عن مطور أنظمة خلفية ذي خبرة في **Java**.")));
        return Stream.of(
                        Arguments.of("every detail filled", everyDetail),
                        Arguments.of("Hebrew", Fixtures.hebrewPosting()),
                        Arguments.of("Arabic", arabic),
                        Arguments.of("many scripts", Fixtures.multilingualPosting()),
                        Arguments.of("empty", Posting.EMPTY))
                .flatMap(sample -> Stream.of(Theme.values())
                        .map(theme -> Arguments.of(sample.get()[0], sample.get()[1], theme)));
    }

    static List<String> attacks() {
        return AttackStrings.ALL;
    }

    @ParameterizedTest(name = "template {0}, {2}")
    @MethodSource("builtInTemplatesInBothThemes")
    void everyBuiltInTemplateIsValid(String templateId, Posting template, Theme theme) throws Exception {
        assertValid(template, RenderOptions.DEFAULT.withTheme(theme));
    }

    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("samplePostingsInBothThemes")
    void samplePostingsAreValid(String name, Posting posting, Theme theme) throws Exception {
        assertValid(posting, RenderOptions.DEFAULT.withTheme(theme));
    }

    /**
     * The stylesheet comes from the render options and the direction alone ({@code ThemeStyles}), never from user
     * text, and {@link #samplePostingsAreValid} checks it in full. So after proving it is the same stylesheet, the
     * hostile documents are checked without it: the checker's CSS validation is most of its time per document.
     */
    @ParameterizedTest
    @MethodSource("attacks")
    void hostileTextInEveryFieldStillMakesAValidDocument(String attack) throws Exception {
        String html = RENDERER.render(Fixtures.everywhere(attack), RenderOptions.DEFAULT);
        String checkedInFull = RENDERER.render(Fixtures.richPosting(), RenderOptions.DEFAULT);
        assertThat(stylesheet(html)).isEqualTo(stylesheet(checkedInFull));
        assertValid(html.replace(stylesheet(html), ""));
    }

    @ParameterizedTest
    @EnumSource(PageSize.class)
    void bothPageSizesAreValid(PageSize pageSize) throws Exception {
        assertValid(Fixtures.richPosting(), RenderOptions.DEFAULT.withTheme(Theme.MODERN).withPageSize(pageSize));
    }

    /** Without this, a checker that silently accepted everything would pass every test above. */
    @Test
    void theCheckerReportsAnInvalidDocument() throws Exception {
        String invalid = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Invalid</title></head>
                <body><dl><p>A paragraph is no term or description.</p></dl></body></html>
                """;
        assertThat(checker.check(invalid).errors()).singleElement().asString()
                .startsWith("3:").contains("Element “p” not allowed as child of element “dl”");
    }

    @Test
    void theCheckerForgetsThePreviousDocumentsErrors() throws Exception {
        assertThat(checker.check("<!DOCTYPE html><html lang=\"en\"><title></title><p><dl>").errors()).isNotEmpty();
        String html = RENDERER.render(Fixtures.richPosting(), RenderOptions.DEFAULT);
        assertThat(checker.check(html).errors()).isEmpty();
    }

    private static void assertValid(Posting posting, RenderOptions options) throws Exception {
        assertValid(RENDERER.render(posting, options));
    }

    private static void assertValid(String html) throws Exception {
        NuHtmlChecker.Report report = checker.check(html);
        assertThat(report.errors()).withFailMessage(report::describe).isEmpty();
    }

    /** The content of the document's one style element (user text cannot open one: its "<" is escaped). */
    private static String stylesheet(String html) {
        int start = html.indexOf("<style>") + "<style>".length();
        return html.substring(start, html.indexOf("</style>", start));
    }
}
