package app.postwright.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CharacterNeedsTest {
    private static final HtmlRenderer RENDERER = new HtmlRenderer();
    private static final CharacterNeeds NOTHING = new CharacterNeeds(false, false, false);

    @Test
    void anEnglishPostingNeedsNothingBeyondDejaVu() {
        String english = RENDERER.render(Fixtures.richPosting(), RenderOptions.DEFAULT);
        assertThat(english).contains("[dir=\"rtl\"]");
        assertThat(CharacterNeeds.of(english)).isEqualTo(NOTHING);
        assertThat(CharacterNeeds.of("Ünïcödé Ελληνικά Кириллица – “quoted” …")).isEqualTo(NOTHING);
    }

    @Test
    void rightToLeftTextNeedsTheBidiAlgorithm() {
        assertThat(CharacterNeeds.of(RENDERER.render(Fixtures.hebrewPosting(), RenderOptions.DEFAULT)).bidi()).isTrue();
        assertThat(CharacterNeeds.of("<p>Arabic \u0645</p>")).isEqualTo(new CharacterNeeds(true, false, false));
        assertThat(CharacterNeeds.of("<p>right-to-left mark \u200F</p>").bidi()).isTrue();
        assertThat(CharacterNeeds.of("<html lang=\"he\" dir=\"rtl\"><p>Latin only</p>").bidi()).isTrue();
        // Adlam, a right-to-left script outside the Basic Multilingual Plane
        assertThat(CharacterNeeds.of("x \uD83A\uDD00 y").bidi()).isTrue();
    }

    @Test
    void cjkTextNeedsTheFallbackFace() {
        assertThat(CharacterNeeds.of("<p>日本語</p>")).isEqualTo(new CharacterNeeds(false, true, false));
        assertThat(CharacterNeeds.of("한국어")).isEqualTo(new CharacterNeeds(false, true, false));
        // U+20BB7, a CJK Extension B ideograph written as a surrogate pair
        assertThat(CharacterNeeds.of("a\uD842\uDFB7b").cjk()).isTrue();
    }

    @Test
    void emojiAndSymbolsNeedTheSymbolFace() {
        assertThat(CharacterNeeds.of("Great team \uD83D\uDE80")).isEqualTo(new CharacterNeeds(false, false, true));
        assertThat(CharacterNeeds.of("Apply → now")).isEqualTo(new CharacterNeeds(false, false, true));
    }

    @Test
    void findsEveryNeedInOneDocument() {
        assertThat(CharacterNeeds.of("\u0645 日 \uD83D\uDE80")).isEqualTo(new CharacterNeeds(true, true, true));
        assertThat(CharacterNeeds.of("")).isEqualTo(NOTHING);
        // a lone surrogate at the end is neither of them
        assertThat(CharacterNeeds.of("text \uD83D")).isEqualTo(NOTHING);
    }
}
