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
import java.util.ArrayList;
import java.util.List;

/**
 * The TrueType faces bundled under {@code assets/fonts/} (see its README for sources and licences), each read and
 * parsed once, when a document first draws text in it: parsing a face (tables, character map) took almost half of
 * every export's time when each export read the files again, and most documents use four or five of the twenty
 * faces (a theme uses one family; the 4 MB CJK and 3 MB symbol faces serve only texts that hold such characters).
 * A document whose text stays in the Latin script gets the DejaVu faces cut down to it ({@code assets/fonts/latin/},
 * a quarter of the glyphs): PDFBox reads the width of every glyph of a face it embeds, twice, so a 50-PDF batch ran
 * about 3 % faster on them and drew the same pixels. Each document gets its own PDFBox font object over the shared
 * parsed face, so subsets are per document, and a face no text uses is neither parsed nor embedded. Thread-safe:
 * exports running in parallel share the parsed faces (see {@link #read}).
 */
final class PdfFonts {
    private static final String FOLDER = "/assets/fonts/";

    /** Which texts need a face. */
    private enum Coverage {
        /** Texts that stay within {@link CharacterNeeds#isLatin}. */
        LATIN,
        /** Texts with characters beyond it: Greek, Cyrillic, Arabic, Hebrew. */
        WORLD,
        CJK,
        SYMBOLS;

        boolean neededBy(CharacterNeeds needs) {
            return switch (this) {
                case LATIN -> !needs.beyondLatin();
                case WORLD -> needs.beyondLatin();
                case CJK -> needs.cjk();
                case SYMBOLS -> needs.symbols();
            };
        }
    }

    /** One face: the family name the style sheets use, its weight and style, and its font file, parsed lazily. */
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

    /**
     * Hands openhtmltopdf a face that becomes a PDF font of the document only when layout first needs its glyphs
     * (font metrics come from {@link PdfExporter}'s cache, so a face can be measured without being parsed).
     */
    private static final class LazyFont extends PDFontSupplier {
        private final Face face;
        private final PDDocument document;
        private PDFont font;

        LazyFont(Face face, PDDocument document) {
            super(null);
            this.face = face;
            this.document = document;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(document, face.font(), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot load font " + face.file, e);
                }
            }
            return font;
        }
    }

    private final List<Face> faces = allFaces();

    private static List<Face> allFaces() {
        List<Face> faces = new ArrayList<>(dejaVu(Coverage.LATIN, "latin/"));
        faces.addAll(dejaVu(Coverage.WORLD, ""));
        faces.add(face("Droid Sans Fallback", 400, FontStyle.NORMAL, Coverage.CJK, "DroidSansFallbackFull.ttf"));
        faces.add(face("Symbola", 400, FontStyle.NORMAL, Coverage.SYMBOLS, "Symbola.ttf"));
        return List.copyOf(faces);
    }

    /** The DejaVu families the themes use, from the files in {@code folder} (under {@code assets/fonts/}). */
    private static List<Face> dejaVu(Coverage coverage, String folder) {
        return List.of(
                face("DejaVu Sans", 400, FontStyle.NORMAL, coverage, folder + "DejaVuSans.ttf"),
                face("DejaVu Sans", 700, FontStyle.NORMAL, coverage, folder + "DejaVuSans-Bold.ttf"),
                face("DejaVu Sans", 400, FontStyle.ITALIC, coverage, folder + "DejaVuSans-Oblique.ttf"),
                face("DejaVu Sans", 700, FontStyle.ITALIC, coverage, folder + "DejaVuSans-BoldOblique.ttf"),
                face("DejaVu Serif", 400, FontStyle.NORMAL, coverage, folder + "DejaVuSerif.ttf"),
                face("DejaVu Serif", 700, FontStyle.NORMAL, coverage, folder + "DejaVuSerif-Bold.ttf"),
                face("DejaVu Serif", 400, FontStyle.ITALIC, coverage, folder + "DejaVuSerif-Italic.ttf"),
                face("DejaVu Serif", 700, FontStyle.ITALIC, coverage, folder + "DejaVuSerif-BoldItalic.ttf"),
                face("DejaVu Sans Mono", 400, FontStyle.NORMAL, coverage, folder + "DejaVuSansMono.ttf"));
    }

    /**
     * Registers the faces a document's characters may need with {@code builder}, as fonts of {@code document} (the
     * document the builder writes); every face a text uses is embedded as a subset.
     */
    void register(PdfRendererBuilder builder, PDDocument document, CharacterNeeds needs) {
        for (Face face : faces) {
            if (face.coverage.neededBy(needs)) {
                builder.useFont(new LazyFont(face, document), face.family, face.weight, face.style, true);
            }
        }
    }

    /** A face; its file is checked now, so a broken build shows at once, not mid-export. */
    private static Face face(String family, int weight, FontStyle style, Coverage coverage, String file) {
        if (PdfFonts.class.getResource(FOLDER + file) == null) {
            throw new IllegalStateException("font " + FOLDER + file + " is missing from the application");
        }
        return new Face(family, weight, style, coverage, file);
    }

    /**
     * The parsed face. {@link TTFParser} reads every table while parsing; what a face still reads later (glyph
     * outlines, raw table bytes for the subsetter) it reads under PDFBox's own locks or from a copy of the file's
     * bytes, so a parsed face is safe to share between threads. Sharing one set of faces instead of parsing one per
     * thread took the live heap of a two-thread batch export from 48 to 38 MB. Glyph substitution (GSUB) is off:
     * openhtmltopdf measures text without it, so PDFBox's Latin ligatures made drawn lines narrower than laid out
     * and put U+FB01 "ﬁ" into extracted text (search, screen readers), and applying it took a fifth of a cold export.
     * Arabic is shaped before it reaches PDFBox, which has no Arabic GSUB worker.
     */
    private static TrueTypeFont read(String file) {
        String path = FOLDER + file;
        try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font " + path + " is missing from the application");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + path, e);
        }
    }
}
