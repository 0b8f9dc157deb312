package app.postwright.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast path that lets plain text skip the Markdown parser must never skip text that holds syntax. */
class InlineSyntaxTest {
    @ParameterizedTest
    @ValueSource(strings = {"**bold**", "_em_", "`code`", "[link](x)", "<b>", "a > b", "R&D", "![img](x)",
            "a\\*b", "https://x.io", "jobs@x.io", "line\nbreak", "line\rbreak", "see www.example.com",
            "WWW.EXAMPLE.COM", "Www.x", "www."})
    void textWithSyntaxGoesToTheParser(String text) {
        assertThat(InlineSyntax.mayHoldSyntax(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Design and maintain data storage solutions.", "ww.x", "w.w.w.", "Version 2.5",
            "Café — naïve façade", "Grüße, 日本語, עברית", "100% remote (EU/UK)"})
    void plainTextSkipsIt(String text) {
        assertThat(InlineSyntax.mayHoldSyntax(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Design and maintain data storage", "  padded\t", "ww.x", "Version 2.5", "Café"})
    void plainTextRendersAsWhatTheParserWouldGive(String text) {
        assertThat(JobDescriptionHtml.inline(text)).isEqualTo(HtmlText.escape(InlineText.parse(text).plain()));
        assertThat(new InlineMarkdown().toHtml(text))
                .isEqualTo(new com.vladsch.flexmark.html.HtmlRenderer.Builder(InlineSyntax.OPTIONS).build()
                        .render(InlineSyntax.PARSER.parse(text)).strip().replaceFirst("^<p>", "")
                        .replaceFirst("</p>$", ""));
    }
}
