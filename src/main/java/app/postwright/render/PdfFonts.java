package app.postwright.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The TrueType faces bundled under {@code assets/fonts/} (see its README for sources and licences), read and
 * parsed once: parsing a face (tables, character map) took almost half of every export's time when each export
 * read the files again. Each document gets its own PDFBox font object over the shared parsed face, so subsets are
 * per document. The large CJK and symbol faces (4 and 3 MB) are read only when a document's text first holds
 * characters they alone cover, and given only to such documents. Parsed faces read their tables lazily and are
 * not thread-safe, so callers use one instance from one thread at a time ({@link PdfExporter} serialises its
 * exports).
 */
final class PdfFonts {
    private static final String FOLDER = "/assets/fonts/";

    /** Which texts need a face. */
    private enum Coverage {
        ALWAYS, CJK, SYMBOLS
    }

    /**
     * One face: the family name the style sheets use, its weight and style, and its font file, parsed when first
     * needed (the faces every document uses are asked for at once, so a missing file shows at start-up).
     */
    private static final class Face {
        private final String family;
        private final int weight;
        private final FontStyle style;
        private final Coverage coverage;
        private final String file;
        private TrueTypeFont font;

        Face(String family, int weight, FontStyle style, Coverage coverage, String file) {
            this.family = family;
            this.weight = weight;
            this.style = style;
            this.coverage = coverage;
            this.file = file;
        }

        synchronized TrueTypeFont font() {
            if (font == null) {
                font = read(file);
            }
            return font;
        }
    }

    private final List<Face> faces;

    PdfFonts() {
        faces = List.of(
                face("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
                face("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
                face("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC),
                face("DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, FontStyle.ITALIC),
                face("DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL),
                face("DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL),
                face("DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, FontStyle.ITALIC),
                face("DejaVuSerif-BoldItalic.ttf", "DejaVu Serif", 700, FontStyle.ITALIC),
                face("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL),
                new Face("Droid Sans Fallback", 400, FontStyle.NORMAL, Coverage.CJK, "DroidSansFallbackFull.ttf"),
                new Face("Symbola", 400, FontStyle.NORMAL, Coverage.SYMBOLS, "Symbola.ttf"));
    }

    /**
     * Registers the faces {@code html} needs with {@code builder}, as fonts of {@code document} (the document the
     * builder writes); every face is embedded as a subset.
     */
    void register(PdfRendererBuilder builder, PDDocument document, String html) throws IOException {
        boolean cjk = needsCjk(html);
        boolean symbols = needsSymbols(html);
        for (Face face : faces) {
            if (face.coverage == Coverage.ALWAYS || (cjk && face.coverage == Coverage.CJK)
                    || (symbols && face.coverage == Coverage.SYMBOLS)) {
                PDFont font = PDType0Font.load(document, face.font(), true);
                builder.useFont(new PDFontSupplier(font), face.family, face.weight, face.style, true);
            }
        }
    }

    /** True when {@code text} holds a character from the CJK blocks, which only the fallback face covers. */
    static boolean needsCjk(String text) {
        return text.codePoints().anyMatch(c -> (c >= 0x2E80 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF));
    }

    /** True when {@code text} holds emoji or symbols (arrows, dingbats, pictographs) DejaVu may lack. */
    static boolean needsSymbols(String text) {
        return text.codePoints().anyMatch(c -> (c >= 0x2190 && c <= 0x2BFF) || (c >= 0x1F000 && c <= 0x1FAFF));
    }

    private static Face face(String file, String family, int weight, FontStyle style) {
        Face face = new Face(family, weight, style, Coverage.ALWAYS, file);
        face.font();
        return face;
    }

    /** The parsed face; its buffer stays open because the font reads its tables from it on demand. */
    private static TrueTypeFont read(String file) {
        String path = FOLDER + file;
        try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font " + path + " is missing from the application");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + path, e);
        }
    }
}
