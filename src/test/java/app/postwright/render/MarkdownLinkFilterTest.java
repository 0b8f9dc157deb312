package app.postwright.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The Markdown export keeps exactly the links the HTML export keeps, and no images. */
class MarkdownLinkFilterTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "Apply [here](https://acme.example/jobs) now | Apply [here](https://acme.example/jobs) now",
        "[mail us](mailto:jobs@acme.example)         | [mail us](mailto:jobs@acme.example)",
        "[click](javascript:alert(1)) please        | click please",
        "[click](JaVaScRiPt:alert(1))               | click",
        "[click](java&#x09;script:alert(1))         | click",
        "[click](&#106;avascript:alert(1))          | click",
        "[click](<javascript:alert(1)>)             | click",
        "[relative](jobs.html)                      | relative",
        "![logo](https://evil.example/pixel.png)    | logo",
        "[![badge](https://x.example/b.svg)](javascript:x) | badge",
        "[**bold** link](vbscript:x)                | **bold** link",
        "no links, just [brackets] and (parens)     | no links, just [brackets] and (parens)"})
    void reducesRefusedLinksAndImagesToTheirText(String markdown, String expected) {
        assertThat(MarkdownLinkFilter.filter(markdown)).isEqualTo(expected);
    }
}
