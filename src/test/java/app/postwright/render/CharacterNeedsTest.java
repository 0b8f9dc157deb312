package app.postwright.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CharacterNeedsTest {
    private static final HtmlRenderer RENDERER = new HtmlRenderer();
    private static final CharacterNeeds NOTHING = new CharacterNeeds(false, false, false, false);
    private static final CharacterNeeds FULL_FACES = new CharacterNeeds(true, false, false, false);

    @Test
    void anEnglishPostingNeedsNothingBeyondTheLatinFaces() {
        String english = RENDERER.render(Fixtures.richPosting(), RenderOptions.DEFAULT);
        assertThat(english).contains("[dir=\"rtl\"]");
        assertThat(CharacterNeeds.of(english)).isEqualTo(NOTHING);
        assertThat(CharacterNeeds.of("Ünïcödé Łódź Șțefan Nguyễn – “quoted” … €1,000 № ™ ½ Ⅳ")).isEqualTo(NOTHING);
    }

    @Test
    void otherScriptsNeedTheFullFaces() {
        assertThat(CharacterNeeds.of("Ελληνικά")).isEqualTo(FULL_FACES);
        assertThat(CharacterNeeds.of("Latin, then Кириллица")).isEqualTo(FULL_FACES);
        // the characters on either side of each end of the Latin blocks
        for (int c : new int[] {0x0370, 0x1DFF, 0x1F00, 0x1FFF, 0x2070, 0x209F, 0x20D0, 0x20FF, 0x2190}) {
            assertThat(CharacterNeeds.isLatin(c)).as("U+%04X", c).isFalse();
        }
        for (int c : new int[] {0x036F, 0x1E00, 0x1EFF, 0x2000, 0x206F, 0x20A0, 0x20CF, 0x2100, 0x218F}) {
            assertThat(CharacterNeeds.isLatin(c)).as("U+%04X", c).isTrue();
        }
    }

    @Test
    void rightToLeftTextNeedsTheBidiAlgorithm() {
        assertThat(CharacterNeeds.of(RENDERER.render(Fixtures.hebrewPosting(), RenderOptions.DEFAULT)).bidi()).isTrue();
        assertThat(CharacterNeeds.of("<p>Arabic \u0645</p>")).isEqualTo(new CharacterNeeds(true, true, false, false));
        assertThat(CharacterNeeds.of("<p>right-to-left mark \u200F</p>").bidi()).isTrue();
        assertThat(CharacterNeeds.of("<html lang=\"he\" dir=\"rtl\"><p>Latin only</p>"))
                .isEqualTo(new CharacterNeeds(false, true, false, false));
        // Adlam, a right-to-left script outside the Basic Multilingual Plane
        assertThat(CharacterNeeds.of("x \uD83A\uDD00 y").bidi()).isTrue();
    }

    @Test
    void cjkTextNeedsTheFallbackFace() {
        assertThat(CharacterNeeds.of("<p>日本語</p>")).isEqualTo(new CharacterNeeds(true, false, true, false));
        assertThat(CharacterNeeds.of("한국어")).isEqualTo(new CharacterNeeds(true, false, true, false));
        // U+20BB7, a CJK Extension B ideograph written as a surrogate pair
        assertThat(CharacterNeeds.of("a\uD842\uDFB7b").cjk()).isTrue();
    }

    @Test
    void emojiAndSymbolsNeedTheSymbolFace() {
        assertThat(CharacterNeeds.of("Great team \uD83D\uDE80")).isEqualTo(new CharacterNeeds(true, false, false, true));
        assertThat(CharacterNeeds.of("Apply → now")).isEqualTo(new CharacterNeeds(true, false, false, true));
    }

    @Test
    void findsEveryNeedInOneDocument() {
        assertThat(CharacterNeeds.of("\u0645 日 \uD83D\uDE80")).isEqualTo(new CharacterNeeds(true, true, true, true));
        assertThat(CharacterNeeds.of("")).isEqualTo(NOTHING);
        // a lone surrogate at the end is none of the scripts, and no Latin face has a glyph for it
        assertThat(CharacterNeeds.of("text \uD83D")).isEqualTo(FULL_FACES);
    }
}
