package app.postwright.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InlineTextTest {
    @Test
    void stripsEmphasisAndMapsBackToTheRawText() {
        InlineText text = InlineText.parse("You are **very** _competitive_");
        assertThat(text.plain()).isEqualTo("You are very competitive");
        int start = text.plain().indexOf("competitive");
        assertThat(text.rawSpan(start, start + "competitive".length())).isEqualTo(new Span(18, 29));
        assertThat(text.isBold(text.plain().indexOf("very"))).isTrue();
        assertThat(text.isItalic(start)).isTrue();
        assertThat(text.isBold(start)).isFalse();
    }

    @Test
    void keepsLinkTextAndDropsTheUrl() {
        InlineText text = InlineText.parse(
                "Apply on [our careers page](https://acme.example/jobs) or <jobs@acme.example>");
        assertThat(text.plain()).isEqualTo("Apply on our careers page or jobs@acme.example");
    }

    @Test
    void leavesSnakeCaseUnclosedMarkersAndMathAlone() {
        assertThat(InlineText.parse("use snake_case_names").plain()).isEqualTo("use snake_case_names");
        assertThat(InlineText.parse("**not closed").plain()).isEqualTo("**not closed");
        assertThat(InlineText.parse("2 * 3 * 4").plain()).isEqualTo("2 * 3 * 4");
        assertThat(InlineText.parse("\\*literal\\*").plain()).isEqualTo("*literal*");
        assertThat(InlineText.parse("[City, State]").plain()).isEqualTo("[City, State]");
    }

    @Test
    void handlesNestedEmphasis() {
        InlineText text = InlineText.parse("*a **b** c*");
        assertThat(text.plain()).isEqualTo("a b c");
        assertThat(text.isItalic(0)).isTrue();
        assertThat(text.isBold(2)).isTrue();
        assertThat(text.isItalic(2)).isTrue();
        assertThat(text.isBold(4)).isFalse();
    }

    @Test
    void codeIsKeptLiterally() {
        assertThat(InlineText.parse("run `make **all**` now").plain()).isEqualTo("run make **all** now");
    }
}
