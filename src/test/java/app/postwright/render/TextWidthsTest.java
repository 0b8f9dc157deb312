package app.postwright.render;

import app.postwright.model.Posting;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remembered widths must lay a document out exactly as measuring every time does: the same lines, so the same
 * drawing instructions on every page, whatever the documents before it measured (other sizes, faces, scripts).
 */
class TextWidthsTest {
    private static final HtmlRenderer RENDERER = new HtmlRenderer();

    @Test
    void rememberedWidthsLayOutEveryPageAsMeasuringDoes() throws IOException {
        PdfExporter measuring = new PdfExporter(RENDERER, new TextWidths(0));
        TextWidths widths = new TextWidths(TextWidths.CAPACITY);
        PdfExporter remembering = new PdfExporter(RENDERER, widths);
        List<Posting> postings = List.of(Fixtures.richPosting(), Fixtures.multilingualPosting(),
                Fixtures.hebrewPosting(), Fixtures.everywhere("Łódź — “naïve” façade… **bold** and *italic*"));
        for (int round = 0; round < 2; round++) {
            for (Theme theme : Theme.values()) {
                RenderOptions options = RenderOptions.DEFAULT.withTheme(theme);
                for (Posting posting : postings) {
                    assertThat(pageContents(remembering, posting, options))
                            .as("%s in %s, round %d", posting.details().title(), theme, round)
                            .isEqualTo(pageContents(measuring, posting, options));
                }
            }
        }
        assertThat(widths.size()).as("widths remembered").isGreaterThan(500);
    }

    @Test
    void forgetsEverythingWhenFullAndGoesOn() throws IOException {
        TextWidths widths = new TextWidths(100);
        PdfExporter exporter = new PdfExporter(RENDERER, widths);
        List<String> first = pageContents(exporter, Fixtures.richPosting(), RenderOptions.DEFAULT);
        assertThat(widths.size()).isBetween(1, 100);
        assertThat(pageContents(exporter, Fixtures.richPosting(), RenderOptions.DEFAULT)).isEqualTo(first);
    }

    @Test
    void aCapacityOfNothingRemembersNothing() throws IOException {
        TextWidths widths = new TextWidths(0);
        pageContents(new PdfExporter(RENDERER, widths), Fixtures.richPosting(), RenderOptions.DEFAULT);
        assertThat(widths.size()).isZero();
    }

    /** Each page's content stream, decoded: the text, where it goes and in which font resource. */
    private static List<String> pageContents(PdfExporter exporter, Posting posting, RenderOptions options)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(posting, options, out);
        List<String> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            for (PDPage page : pdf.getPages()) {
                try (InputStream contents = page.getContents()) {
                    pages.add(new String(contents.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            }
        }
        assertThat(pages).isNotEmpty();
        return pages;
    }
}
