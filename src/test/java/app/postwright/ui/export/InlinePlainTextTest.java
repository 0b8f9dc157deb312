package app.postwright.ui.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class InlinePlainTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            **bold** and _italic_                         | bold and italic
            Apply [here](https://x.io/jobs)               | Apply here (https://x.io/jobs)
            See [https://x.io](https://x.io)              | See https://x.io
            Mail <jobs@x.io> or <https://x.io>            | Mail jobs@x.io or https://x.io
            Use `git` daily                               | Use git daily
            5 \\* 3 &amp; more                            | 5 * 3 & more
            a <b>raw</b> tag                              | a <b>raw</b> tag
            """)
    void turnsInlineMarkdownIntoPlainText(String markdown, String plain) {
        assertThat(InlinePlainText.of(markdown)).isEqualTo(plain);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            first line\\nsecond line     | first line second line
            one\\n\\ntwo                  | one\\n\\ntwo
            """)
    void joinsSoftBreaksAndKeepsParagraphs(String markdown, String plain) {
        assertThat(InlinePlainText.of(markdown.replace("\\n", "\n"))).isEqualTo(plain.replace("\\n", "\n"));
    }
}
