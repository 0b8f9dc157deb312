package app.postwright.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class InlineMarkdownTest {
    private final InlineMarkdown markdown = new InlineMarkdown();

    @Test
    void rendersBoldItalicCodeAndLinksInline() {
        assertThat(markdown.toHtml("**bold**, *italic*, `a < b` and [site](https://example.com/a?b=1&c=2)"))
                .isEqualTo("<strong>bold</strong>, <em>italic</em>, <code>a &lt; b</code> and "
                        + "<a href=\"https://example.com/a?b=1&amp;c=2\" title=\"https://example.com/a?b=1&amp;c=2\" "
                        + "rel=\"noopener noreferrer\">site</a>");
    }

    @Test
    void plainTextSkipsTheParserWithTheSameResult() {
        String plain = "  It's \"plain\" text (100% so) - with; punctuation, digits 1.5 and #hash  ";
        assertThat(markdown.toHtml(plain))
                .isEqualTo("It's &quot;plain&quot; text (100% so) - with; punctuation, digits 1.5 and #hash")
                .isEqualTo(markdown.toHtml(plain.strip() + "&#33;").replace("!", ""));
        assertThat(markdown.toPlainText(" a \t b ")).isEqualTo("a b");
    }

    @Test
    void keepsBlockSyntaxAsText() {
        assertThat(markdown.toHtml("# Not a heading")).isEqualTo("# Not a heading");
        assertThat(markdown.toHtml("1. not a list")).isEqualTo("1. not a list");
        assertThat(markdown.toHtml("> not a quote")).isEqualTo("&gt; not a quote");
        assertThat(markdown.toHtml("[ref]: https://example.com")).startsWith("[ref]: ");
    }

    @Test
    void escapesRawHtmlInsteadOfPassingItThrough() {
        assertThat(markdown.toHtml("Hi <b onmouseover=\"x()\">there</b> <script>alert(1)</script>"))
                .doesNotContain("<b", "<script")
                .contains("&lt;b onmouseover=&quot;x()&quot;&gt;there&lt;/b&gt;", "&lt;script&gt;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "/relative/path", "#anchor",
            "java&#x09;script:alert(1)", "&#106;avascript:alert(1)", "javascript&#58;alert(1)"})
    void dropsUnsafeLinksButKeepsTheirText(String target) {
        String html = markdown.toHtml("[click me](" + target + ")");
        assertThat(html).doesNotContain("<a", "href").contains("click me");
    }

    @Test
    void reducesImagesToTheirAltTextSoNothingIsFetched() {
        assertThat(markdown.toHtml("![logo](https://example.com/x.png)")).isEqualTo("logo");
    }

    @Test
    void linksBareUrlsAndEmailAddresses() {
        assertThat(markdown.toHtml("see https://example.com or <jobs@example.com>"))
                .contains("<a href=\"https://example.com\"", "<a href=\"mailto:jobs@example.com\"");
    }

    @Test
    void plainTextDropsSyntaxButKeepsWhatReadersSee() {
        assertThat(markdown.toPlainText("**Senior** _Java_ `dev` at [Acme](https://acme.example)\nin Berlin"))
                .isEqualTo("Senior Java dev at Acme in Berlin");
        assertThat(markdown.toPlainText("a <b>c</b> \\*d\\* &amp;")).isEqualTo("a <b>c</b> *d* &");
    }

    @Test
    void splitsParagraphsOnBlankLines() {
        assertThat(InlineMarkdown.paragraphs("one\nstill one\n\n  \ntwo\r\n\r\nthree\n\n"))
                .containsExactly("one\nstill one", "two", "three");
    }

    @Test
    void removesCharactersXmlForbids() {
        assertThat(markdown.toHtml("a\u0000b\u0008c\u001Fd\uFFFEe\uD800f")).isEqualTo("abcdef");
        assertThat(markdown.toHtml("emoji \uD83D\uDE80 stays")).isEqualTo("emoji \uD83D\uDE80 stays");
    }
}
