package app.postwright.render;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The widths openhtmltopdf measures while it breaks text into lines, remembered across documents. Line breaking
 * measures every word of a paragraph, again for each line it tries; PDFBox measures a word by encoding it and
 * decoding the codes back one character at a time (a stream and a lambda per character): 7 % of a 50-PDF batch's
 * CPU time, 3 % with this. Postings repeat their words, and the same faces serve every document, so most
 * measurements are lookups. Thread-safe; {@link #renderer} makes the text renderer of one document.
 *
 * <p>A width depends on the text, the font size, the faces the style asks for, in order (a character the first face
 * lacks is measured in the next that has it), and on whether right-to-left shaping is live (it may measure a
 * character's unshaped form). The key holds all of them. A face is named by family, weight and style: the Latin and
 * the full DejaVu faces draw every character they share at the same width ({@code LatinFacesTest}), and no string a
 * Latin face measures holds any other character.
 */
final class TextWidths {
    /**
     * About 2.5 MB at some 130 bytes an entry. The seed posting fills 800 entries and each further template 150–250,
     * so the widths of dozens of different postings fit; the editor, which keeps its exporter for hours, stays small.
     */
    static final int CAPACITY = 20_000;

    private final ConcurrentMap<Key, Integer> widths = new ConcurrentHashMap<>();
    private final int capacity;

    /** Remembers up to {@code capacity} widths, then forgets them all and starts again; 0 measures every time. */
    TextWidths(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Written out: a record's own equals and hashCode are bootstrapped through method handles at first use, which
     * spins 22 lambda-form classes in every process.
     */
    private record Key(String font, String text) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && font.equals(key.font) && text.equals(key.text);
        }

        @Override
        public int hashCode() {
            return 31 * font.hashCode() + text.hashCode();
        }
    }

    /** The text renderer for one document, whose text is laid out with (or, {@code bidi} false, without) shaping. */
    PdfBoxTextRenderer renderer(boolean bidi) {
        return new Renderer(bidi);
    }

    int size() {
        return widths.size();
    }

    private void remember(Key key, int width) {
        if (capacity == 0) {
            return;
        }
        if (widths.size() >= capacity) {
            widths.clear();
        }
        widths.put(key, width);
    }

    private final class Renderer extends PdfBoxTextRenderer {
        private final String shaping;
        /** A document asks for a handful of fonts (face list and size) thousands of times. */
        private final Map<FSFont, String> fontKeys = new IdentityHashMap<>();

        Renderer(boolean bidi) {
            this.shaping = bidi ? "shaped" : "unshaped";
        }

        @Override
        public int getWidth(FontContext context, FSFont font, String string) {
            Key key = new Key(fontKeys.computeIfAbsent(font, this::keyOf), string);
            Integer width = widths.get(key);
            if (width == null) {
                width = super.getWidth(context, font, string);
                remember(key, width);
            }
            return width;
        }

        private String keyOf(FSFont font) {
            StringBuilder key = new StringBuilder(shaping).append(' ').append(font.getSize2D());
            for (FontDescription face : ((PdfBoxFSFont) font).getFontDescriptions()) {
                key.append('|').append(face.getFamily()).append(' ').append(face.getWeight()).append(' ')
                        .append(face.getStyle());
            }
            return key.toString();
        }
    }
}
