package app.postwright.render;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Latin faces in {@code assets/fonts/latin/} stand in for the full DejaVu faces whenever a document's text stays
 * within {@link CharacterNeeds#isLatin}, so they must have a glyph for exactly the characters the full face has there,
 * draw it the same width, and give the same font-wide metrics (layout reads them from whichever face came first).
 */
class LatinFacesTest {
    private static final Path FONTS = Path.of("assets", "fonts");

    @ParameterizedTest
    @ValueSource(strings = {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique",
            "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic", "DejaVuSansMono"})
    void aLatinFaceCoversItsBlocksExactlyLikeTheFullFace(String face) throws IOException {
        try (TrueTypeFont full = parse(FONTS.resolve(face + ".ttf"));
             TrueTypeFont latin = parse(FONTS.resolve("latin").resolve(face + ".ttf"))) {
            CmapLookup fullMap = full.getUnicodeCmapLookup();
            CmapLookup latinMap = latin.getUnicodeCmapLookup();
            int covered = 0;
            for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                int latinGlyph = latinMap.getGlyphId(c);
                if (!CharacterNeeds.isLatin(c)) {
                    assertThat(latinGlyph).as("U+%04X lies outside the Latin blocks", c).isZero();
                    continue;
                }
                int fullGlyph = fullMap.getGlyphId(c);
                assertThat(latinGlyph != 0).as("glyph for U+%04X", c).isEqualTo(fullGlyph != 0);
                if (fullGlyph != 0) {
                    assertThat(latin.getAdvanceWidth(latinGlyph)).as("width of U+%04X", c)
                            .isEqualTo(full.getAdvanceWidth(fullGlyph));
                    covered++;
                }
            }
            assertThat(covered).isGreaterThan(900);
            assertThat(latin.getName()).isEqualTo(full.getName());
            assertThat(latin.getFontBBox().toString()).isEqualTo(full.getFontBBox().toString());
            assertThat(latin.getHorizontalHeader().getAscender()).isEqualTo(full.getHorizontalHeader().getAscender());
            assertThat(latin.getHorizontalHeader().getDescender())
                    .isEqualTo(full.getHorizontalHeader().getDescender());
            assertThat(latin.getOS2Windows().getTypoAscender()).isEqualTo(full.getOS2Windows().getTypoAscender());
            assertThat(latin.getOS2Windows().getCapHeight()).isEqualTo(full.getOS2Windows().getCapHeight());
            assertThat(latin.getPostScript().getUnderlinePosition())
                    .isEqualTo(full.getPostScript().getUnderlinePosition());
            assertThat(latin.getUnitsPerEm()).isEqualTo(full.getUnitsPerEm());
            assertThat(latin.getNumberOfGlyphs()).isLessThan(full.getNumberOfGlyphs() / 2);
        }
    }

    private static TrueTypeFont parse(Path file) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
    }
}
