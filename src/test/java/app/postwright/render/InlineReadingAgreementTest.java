package app.postwright.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the checks and the JSON-LD read ({@link InlineText}) is what the page shows ({@link InlineMarkdown#toHtml}):
 * the same characters with the same bold/italic styles, on the inputs where the two used to disagree.
 */
class InlineReadingAgreementTest {
    private final InlineMarkdown markdown = new InlineMarkdown();

    @ParameterizedTest
    @ValueSource(strings = {
            "\\*not italic\\* and \\_not\\_ either, \\[not a link\\](x)",
            "R&amp;D &copy; &#65; &bogus; &#128512;",
            "*a **b** c*",
            "***both*** and **bold *both***",
            "**a *b** c*",
            "__bold__ and _italic_ and __*mixed*__",
            "**not closed",
            "*half **open",
            "2 * 3 * 4",
            "_a *b_ c*",
            "[a [b] c](https://x.example) and [*styled* link](https://x.example)",
            "[City, State] and [a][b] and [*a* \\_] and [x][]",
            "![alt *i*](y.png) ![ref image]",
            "`` a`b `` and ` a `b and `x   y` and run `make **all**` now",
            "use snake_case_names, __init__ and _private_ and foo*bar*baz",
            "see www.acme.example/a_b_c or <https://x.example/a_b> or <jobs@acme.example> or jobs@acme.example",
            "<b>raw</b> <!-- comment --> <notalink> 5 < 6 > 4 & \"quoted\"",
            "  padded  *text*  ",
    })
    void checksReadTheCharactersAndStylesThePageShows(String input) {
        InlineText text = InlineText.parse(input);
        Element page = Jsoup.parseBodyFragment(markdown.toHtml(input)).body();

        assertThat(text.plain()).isEqualTo(page.wholeText());
        assertThat(styles(text)).isEqualTo(styles(page));
        assertThat(markdown.toPlainText(input)).isEqualTo(page.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a  \n  b\\\nc \n\n  d", "one\n\n\ntwo *and\nthree*", "x\r\ny"})
    void lineBreaksAndParagraphsReadAsWhitespaceWhereThePageHasIt(String input) {
        Element page = Jsoup.parseBodyFragment(markdown.toHtml(input)).body();

        assertThat(InlineText.parse(input).plain().replaceAll("\\s+", " ")).isEqualTo(page.text());
        assertThat(markdown.toPlainText(input)).isEqualTo(page.text());
    }

    /** One letter per visible character: n(ormal), b(old), i(talic) or x (both). */
    private static String styles(InlineText text) {
        StringBuilder styles = new StringBuilder();
        for (int i = 0; i < text.plain().length(); i++) {
            styles.append(style(text.isBold(i), text.isItalic(i)));
        }
        return styles.toString();
    }

    private static String styles(Element page) {
        StringBuilder styles = new StringBuilder();
        page.forEachNode(node -> {
            if (node instanceof TextNode text) {
                Element parent = (Element) text.parent();
                boolean bold = parent.is("strong, strong *");
                boolean italic = parent.is("em, em *");
                styles.append(String.valueOf(style(bold, italic)).repeat(text.getWholeText().length()));
            }
        });
        return styles.toString();
    }

    private static char style(boolean bold, boolean italic) {
        return bold ? (italic ? 'x' : 'b') : (italic ? 'i' : 'n');
    }
}
