package app.postwright.render;

import app.postwright.importer.PostingImporter;
import app.postwright.model.BulletSection;
import app.postwright.model.Posting;
import app.postwright.model.Section;
import app.postwright.model.TextSection;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, point 6 for the text outputs: every script keeps its exact characters (no normalisation, no entities,
 * no lost combining marks or joiners) in HTML and Markdown, and Markdown reads back to the same posting. The PDF
 * side (extraction, right-to-left order, no missing glyph) is in PdfExporterTest.
 */
class EveryScriptTest {
    /** Decomposed accents and joined emoji are where normalising or escaping code would change bytes. */
    private static final List<String> TEXTS = List.of(
            "Café, crème brûlée, naïve façade, Łódź, Øresund",
            "Cafe\u0301 with a combining accent",
            "Αναζητούμε έναν έμπειρο προγραμματιστή συστημάτων",
            "Мы ищем опытного разработчика серверных систем",
            "我们正在寻找一名后端系统开发人员",
            "バックエンドシステム開発者を募集しています",
            "نحن نبحث عن مطور أنظمة خلفية ذي خبرة",
            "אנחנו מחפשים מפתח מערכות צד שרת מנוסה",
            "🚀 ✓ 👩\u200D💻 🇩🇪 👍🏽");

    private static Posting posting() {
        Posting base = Fixtures.multilingualPosting();
        List<Section> sections = new ArrayList<>(base.sections());
        sections.add(new TextSection("Every script", String.join("\n\n", TEXTS)));
        sections.add(new BulletSection("Bullets", TEXTS));
        return base.withSections(sections);
    }

    @Test
    void htmlKeepsEveryScriptCharacterForCharacter() {
        String html = new HtmlRenderer().render(posting(), RenderOptions.DEFAULT);

        assertThat(html).contains(TEXTS);
    }

    @Test
    void markdownKeepsEveryScriptAndReadsBackTheSame() {
        Posting posting = posting();
        String markdown = new MarkdownWriter().write(posting);

        assertThat(markdown).contains(TEXTS);
        assertThat(new PostingImporter().importMarkdown(markdown)).isEqualTo(posting);
    }
}
