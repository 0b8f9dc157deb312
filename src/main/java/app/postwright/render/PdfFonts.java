package app.postwright.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The TrueType faces bundled under {@code assets/fonts/} (see its README for sources and licences), read into
 * memory once so that each export only hands bytes to openhtmltopdf. The large CJK and symbol faces (4 and 3 MB)
 * are given to a document only when its text holds characters they alone cover, since loading them costs time.
 */
final class PdfFonts {
    private static final String FOLDER = "/assets/fonts/";

    /** Which texts need a face. */
    private enum Coverage {
        ALWAYS, CJK, SYMBOLS
    }

    /** One face: the family name the style sheets use, its weight and style, and the file's bytes. */
    private record Face(String family, int weight, FontStyle style, Coverage coverage, byte[] bytes) {
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
                new Face("Droid Sans Fallback", 400, FontStyle.NORMAL, Coverage.CJK, read("DroidSansFallbackFull.ttf")),
                new Face("Symbola", 400, FontStyle.NORMAL, Coverage.SYMBOLS, read("Symbola.ttf")));
    }

    /** Registers the faces {@code html} needs with {@code builder}; every face is embedded as a subset. */
    void register(PdfRendererBuilder builder, String html) {
        boolean cjk = needsCjk(html);
        boolean symbols = needsSymbols(html);
        for (Face face : faces) {
            if (face.coverage() == Coverage.ALWAYS || (cjk && face.coverage() == Coverage.CJK)
                    || (symbols && face.coverage() == Coverage.SYMBOLS)) {
                builder.useFont(() -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(),
                        face.style(), true);
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
        return new Face(family, weight, style, Coverage.ALWAYS, read(file));
    }

    private static byte[] read(String file) {
        String path = FOLDER + file;
        try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font " + path + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + path, e);
        }
    }
}
