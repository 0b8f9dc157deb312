package app.postwright.render;

import app.postwright.model.BulletSection;
import app.postwright.model.Faq;
import app.postwright.model.FaqSection;
import app.postwright.model.Field;
import app.postwright.model.FieldsSection;
import app.postwright.model.Posting;
import app.postwright.model.Section;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class PdfExporterTest {
    private static final HtmlRenderer RENDERER = new HtmlRenderer();
    private static final PdfExporter EXPORTER = new PdfExporter(RENDERER);

    static byte[] export(Posting posting, RenderOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORTER.export(posting, options, out);
        return out.toByteArray();
    }

    /**
     * Extracted text with every run of white space as one space and Unicode compatibility forms (Arabic
     * presentation forms) folded. Sorted by position, lines read as they look (openhtmltopdf draws bold runs after
     * the rest of their line); unsorted, each block comes whole, in drawing order (facts side by side stay apart).
     */
    static String text(PDDocument pdf, boolean sortByPosition) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(sortByPosition);
        String text = stripper.getText(pdf);
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    }

    @Test
    void containsEveryHeadingBulletFieldAndQuestion() throws IOException {
        Posting posting = Fixtures.richPosting();
        try (PDDocument pdf = Loader.loadPDF(export(posting, RenderOptions.DEFAULT))) {
            String text = text(pdf, true);
            List<String> expected = new ArrayList<>(List.of("Backend Systems Developer", "AT A GLANCE",
                    "How to apply", "70,000–90,000 EUR per year", "Page 1 of " + pdf.getNumberOfPages()));
            for (Section section : posting.visibleSections()) {
                expected.add(section.heading());
                if (section instanceof BulletSection bullets) {
                    expected.addAll(bullets.items().stream().map(item -> item.replace("**", "")).toList());
                } else if (section instanceof FieldsSection fields) {
                    expected.addAll(fields.fields().stream().map(Field::key).toList());
                } else if (section instanceof FaqSection faq) {
                    expected.addAll(faq.entries().stream().map(Faq::question).toList());
                }
            }
            assertThat(text).contains(expected).doesNotContain("Internal notes", "#");
        }
    }

    @Test
    void isTaggedWithMetadataAndEmbedsEveryFont() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export(Fixtures.richPosting(), RenderOptions.DEFAULT))) {
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Backend Systems Developer – Northwind Analytics");
            assertThat(info.getAuthor()).isEqualTo("Northwind Analytics");
            assertThat(info.getSubject()).startsWith("We are seeking a skilled Backend Systems Developer");
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).anyMatch(name -> name.endsWith("DejaVuSerif"))
                    .anyMatch(name -> name.endsWith("DejaVuSerif-Bold"))
                    .anyMatch(name -> name.endsWith("DejaVuSerif-Italic"))
                    .anyMatch(name -> name.endsWith("DejaVuSans-Bold"));
        }
    }

    @Test
    void rendersEveryScriptAsText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export(Fixtures.multilingualPosting(), RenderOptions.DEFAULT))) {
            String text = text(pdf, false);
            assertThat(text).contains("Αναζητούμε έναν έμπειρο προγραμματιστή συστημάτων",
                    "Мы ищем опытного разработчика серверных систем", "我们正在寻找一名后端系统开发人员",
                    "バックエンドシステム開発者を募集しています", "Café, crème brûlée, naïve façade",
                    "מפתח מערכות צד שרת מנוסה", "مطور أنظمة خلفية").doesNotContain("#");
            assertThat(text).contains("\uD83D\uDE80");
        }
    }

    @Test
    void noScriptRendersAsAMissingGlyph() throws IOException {
        for (Posting posting : List.of(Fixtures.multilingualPosting(), Fixtures.hebrewPosting())) {
            try (PDDocument pdf = Loader.loadPDF(export(posting, RenderOptions.DEFAULT))) {
                GlyphRecorder glyphs = new GlyphRecorder();
                glyphs.getText(pdf);
                assertThat(glyphs.shown).as("glyphs drawn").isGreaterThan(300);
                assertThat(glyphs.missing).as("glyphs drawn as .notdef (glyph 0)").isEmpty();
            }
        }
    }

    @Test
    void latinTextDrawsEveryGlyphFromTheLatinFaces() throws IOException {
        String latin = "Łódź, Șțefan, Nguyễn Văn — “naïve” façade… €1,000 ₹ № ™ ½ Ⅳ ǅ ʼ";
        Posting posting = Fixtures.everywhere(latin);
        assertThat(CharacterNeeds.of(RENDERER.renderForPrint(posting, RenderOptions.DEFAULT)).beyondLatin())
                .as("needs the full faces").isFalse();
        for (Theme theme : Theme.values()) {
            try (PDDocument pdf = Loader.loadPDF(export(posting, RenderOptions.DEFAULT.withTheme(theme)))) {
                GlyphRecorder glyphs = new GlyphRecorder();
                glyphs.getText(pdf);
                assertThat(glyphs.shown).as("glyphs drawn").isGreaterThan(300);
                assertThat(glyphs.missing).as("glyphs drawn as .notdef (glyph 0)").isEmpty();
                assertThat(text(pdf, false)).contains(Normalizer.normalize(latin, Normalizer.Form.NFKC));
            }
        }
    }

    /** Counts the glyphs a PDF draws and notes any that map to glyph 0, the font's "missing glyph" box. */
    private static final class GlyphRecorder extends PDFTextStripper {
        final List<String> missing = new ArrayList<>();
        int shown;

        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
            shown++;
            assertThat(font).as("embedded CID font").isInstanceOf(PDType0Font.class);
            if (((PDType0Font) font).codeToGID(code) == 0) {
                missing.add(font.getName() + " code " + code + " (" + font.toUnicode(code) + ")");
            }
            super.showGlyph(matrix, font, code, displacement);
        }
    }

    @Test
    void rightToLeftPostingExtractsInLogicalOrder() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export(Fixtures.hebrewPosting(), RenderOptions.DEFAULT))) {
            assertThat(text(pdf, false)).contains("מפתח/ת מערכות צד שרת", "אנחנו מחפשים מפתח מערכות צד שרת מנוסה",
                    "70,000–90,000 EUR per year", "2 November 2026");
        }
    }

    @Test
    void extractedTextHasNoLigatures() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export(Fixtures.richPosting(), RenderOptions.DEFAULT))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Qualifications").doesNotContain("\uFB01", "\uFB02");
        }
    }

    @Test
    void warmUpWritesNothingAndLeavesExportsIntact() throws IOException {
        EXPORTER.warmUp(RenderOptions.DEFAULT.withTheme(Theme.MODERN));
        try (PDDocument pdf = Loader.loadPDF(export(Fixtures.richPosting(), RenderOptions.DEFAULT))) {
            assertThat(text(pdf, false)).contains("Backend Systems Developer").doesNotContain("Warm-up");
        }
    }

    @Test
    void pageSizeFollowsTheOptions() throws IOException {
        try (PDDocument a4 = Loader.loadPDF(export(Fixtures.richPosting(), RenderOptions.DEFAULT));
             PDDocument letter = Loader.loadPDF(export(Fixtures.richPosting(),
                     RenderOptions.DEFAULT.withPageSize(PageSize.LETTER)))) {
            PDRectangle a4Box = a4.getPage(0).getMediaBox();
            PDRectangle letterBox = letter.getPage(0).getMediaBox();
            assertThat(a4Box.getWidth()).isCloseTo(595.3f, offset(1f));
            assertThat(a4Box.getHeight()).isCloseTo(841.9f, offset(1f));
            assertThat(letterBox.getWidth()).isCloseTo(612f, offset(1f));
            assertThat(letterBox.getHeight()).isCloseTo(792f, offset(1f));
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void passesPdfUa1Validation(Theme theme) throws Exception {
        RenderOptions options = RenderOptions.DEFAULT.withTheme(theme);
        assertThat(PdfUaValidator.failures(export(Fixtures.richPosting(), options))).isEmpty();
        assertThat(PdfUaValidator.failures(export(Fixtures.multilingualPosting(), options))).isEmpty();
        assertThat(PdfUaValidator.failures(export(Fixtures.hebrewPosting(), options))).isEmpty();
    }

    /**
     * Parallel exports share the parsed font faces: started all at once on a fresh exporter, so that they also race
     * to parse the faces, every PDF must carry the same text, and the same embedded font subsets, as one made alone.
     */
    @Test
    void exportsFromSeveralThreadsAtOnceShareTheFontsAndStayIntact() throws Exception {
        List<Posting> postings = List.of(Fixtures.richPosting(), Fixtures.multilingualPosting());
        List<String> expected = new ArrayList<>();
        for (Posting posting : postings) {
            expected.add(fingerprint(export(posting, RenderOptions.DEFAULT)));
        }
        PdfExporter fresh = new PdfExporter(RENDERER);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Posting posting = postings.get(i % 2);
                pdfs.add(pool.submit(() -> {
                    start.await();
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    fresh.export(posting, RenderOptions.DEFAULT, out);
                    return out.toByteArray();
                }));
            }
            start.countDown();
            for (int i = 0; i < pdfs.size(); i++) {
                assertThat(fingerprint(pdfs.get(i).get())).isEqualTo(expected.get(i % 2));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The text of a PDF, then each embedded font's name (without its random subset tag) and size. */
    private static String fingerprint(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StringBuilder print = new StringBuilder(text(document, false));
            SortedSet<String> fonts = new TreeSet<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    PDFontDescriptor descriptor = font instanceof PDType0Font type0
                            ? type0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", "") + " "
                            + descriptor.getFontFile2().toByteArray().length);
                }
            }
            return print.append(fonts).toString();
        }
    }

    @Test
    void hostileTextStillGivesAValidPdf() throws Exception {
        for (String attack : AttackStrings.ALL.subList(0, 12)) {
            byte[] pdf = export(Fixtures.everywhere(attack), RenderOptions.DEFAULT);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).isPositive();
            }
        }
    }
}
