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

    @Test
    void anEscapedOrEntityCharacterSpansEverythingTypedForIt() {
        InlineText escaped = InlineText.parse("\\*lit\\* word");
        assertThat(escaped.plain()).isEqualTo("*lit* word");
        assertThat(escaped.rawSpan(0, 5)).isEqualTo(new Span(0, 7));
        assertThat(escaped.rawSpan(1, 4)).isEqualTo(new Span(2, 5));

        InlineText entities = InlineText.parse("R&amp;D &#65;");
        assertThat(entities.plain()).isEqualTo("R&D A");
        assertThat(entities.rawSpan(0, 3)).isEqualTo(new Span(0, 7));
        assertThat(entities.rawSpan(4, 5)).isEqualTo(new Span(8, 13));
    }

    @Test
    void mapsLinkTextCodeAndLaterLinesBackToTheRawText() {
        InlineText link = InlineText.parse("see [our *careers* page](https://x.example)");
        assertThat(link.plain()).isEqualTo("see our careers page");
        assertThat(link.rawSpan(8, 15)).isEqualTo(new Span(10, 17));
        assertThat(link.isItalic(8)).isTrue();

        InlineText code = InlineText.parse("run ` make   all ` now");
        assertThat(code.plain()).isEqualTo("run make all now");
        assertThat(code.rawSpan(4, 12)).isEqualTo(new Span(6, 16));

        InlineText lines = InlineText.parse("one\n   two\n\n  three");
        assertThat(lines.plain()).isEqualTo("one\ntwo\n\nthree");
        assertThat(lines.rawSpan(4, 7)).isEqualTo(new Span(7, 10));
        assertThat(lines.rawSpan(9, 14)).isEqualTo(new Span(14, 19));
    }

    @Test
    void textWithoutSyntaxReadsLikeParsedText() {
        InlineText plain = InlineText.parse("  plain words \t");
        InlineText parsed = InlineText.parse("  plain *words* \t");
        assertThat(plain.plain()).isEqualTo(parsed.plain()).isEqualTo("plain words");
        assertThat(plain.rawSpan(0, 5)).isEqualTo(parsed.rawSpan(0, 5)).isEqualTo(new Span(2, 7));
        assertThat(InlineText.parse(" \t ").plain()).isEmpty();
        assertThat(InlineText.parse("").rawSpan(0, 0)).isEqualTo(Span.NONE);
    }

    @Test
    void underscoresInsideWordsAndUnclosedMarkersStayLiteralAndUnstyled() {
        InlineText text = InlineText.parse("snake_case_names and **not closed _either");
        assertThat(text.plain()).isEqualTo("snake_case_names and **not closed _either");
        for (int i = 0; i < text.plain().length(); i++) {
            assertThat(text.isBold(i) || text.isItalic(i)).as("style at %d", i).isFalse();
        }
        assertThat(text.rawSpan(21, 33)).isEqualTo(new Span(21, 33));
    }

    @Test
    void bracketsWithoutALinkTargetAreShownAsTyped() {
        assertThat(InlineText.parse("[a [b] c](https://x.example)").plain()).isEqualTo("a [b] c");
        InlineText reference = InlineText.parse("[*Remote*][eu] only");
        assertThat(reference.plain()).isEqualTo("[Remote][eu] only");
        assertThat(reference.isItalic(1)).isTrue();
        assertThat(reference.isItalic(7)).isFalse();
    }
}
