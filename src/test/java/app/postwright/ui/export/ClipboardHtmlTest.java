package app.postwright.ui.export;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTML part of "Copy as rich text", from a document shaped like the renderer's (well-formed XHTML). */
class ClipboardHtmlTest {
    private static final String DOCUMENT = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
            <head>
            <meta charset="utf-8" />
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'" />
            <title>Backend Systems Developer</title>
            <style>h1 { color: red; }</style>
            </head>
            <body class="theme-classic">
            <!-- generated -->
            <header class="band"><h1 id="title">Backend Systems Developer</h1>
            <dl class="glance"><dt>Company</dt><dd>Acme &amp; Sons</dd></dl></header>
            <section id="section-0"><h2>Job Brief</h2><p>We are <strong>hiring</strong>.</p></section>
            <section id="section-1"><h2>Skills</h2><ul><li onclick="steal()">Java</li><li>SQL</li></ul></section>
            <p>Apply <a href="https://x.io" rel="noopener noreferrer">here</a></p>
            <script type="application/ld+json">{"@type": "JobPosting"}</script>
            </body>
            </html>
            """;

    private final ClipboardHtml clipboardHtml = new ClipboardHtml();

    @Test
    void keepsOnlyTheBodyWrappedInOneStyledDiv() {
        String fragment = clipboardHtml.fragment(DOCUMENT);

        assertThat(fragment).startsWith("<div style=\"font-family:").endsWith("</div>")
                .doesNotContainPattern("<head[\\s>]")
                .doesNotContain("<title", "<meta", "Content-Security-Policy", "<style", "<body", "<html", "<!--",
                        "xmlns");
    }

    @Test
    void dropsScriptsAndEventHandlers() {
        Document pasted = Jsoup.parseBodyFragment(clipboardHtml.fragment(DOCUMENT));

        assertThat(pasted.select("script")).isEmpty();
        assertThat(pasted.select("[onclick]")).isEmpty();
        assertThat(pasted.text()).doesNotContain("JobPosting", "steal");
    }

    @Test
    void stylesEveryElementInlineInsteadOfThroughClasses() {
        Document pasted = Jsoup.parseBodyFragment(clipboardHtml.fragment(DOCUMENT));

        assertThat(pasted.select("[class]")).isEmpty();
        for (String tag : new String[] {"h1", "h2", "p", "ul", "li", "dt", "dd", "a", "strong"}) {
            assertThat(pasted.select(tag)).as(tag).isNotEmpty().allSatisfy(element ->
                    assertThat(element.attr("style")).as(tag + " style").isNotBlank());
        }
        assertThat(pasted.selectFirst("h1").attr("style")).contains("font-size: 24px");
    }

    @Test
    void keepsTheContentLinksAndEscaping() {
        String fragment = clipboardHtml.fragment(DOCUMENT);
        Document pasted = Jsoup.parseBodyFragment(fragment);

        assertThat(pasted.select("h2").eachText()).containsExactly("Job Brief", "Skills");
        assertThat(pasted.select("li").eachText()).containsExactly("Java", "SQL");
        Element link = pasted.selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://x.io");
        assertThat(fragment).contains("Acme &amp; Sons");
    }

    @Test
    void refusesADocumentThatIsNotWellFormed() {
        assertThatThrownBy(() -> clipboardHtml.fragment("<html><body><p>open"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not well-formed");
    }
}
