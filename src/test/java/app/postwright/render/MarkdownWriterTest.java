package app.postwright.render;

import app.postwright.model.BulletSection;
import app.postwright.model.Faq;
import app.postwright.model.FaqSection;
import app.postwright.model.Field;
import app.postwright.model.FieldsSection;
import app.postwright.model.HowToApply;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.TextSection;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownWriterTest {
    private final MarkdownWriter writer = new MarkdownWriter();

    /** What a CommonMark + GFM tables renderer makes of the output, parsed back as a DOM. */
    private static Document rendered(String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        String html = HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
        return Jsoup.parseBodyFragment(html);
    }

    @Test
    void writesTitleDetailsSectionsAndHowToApplyInThatLayout() {
        Posting posting = new Posting(PostingDetails.EMPTY.withTitle("Data Analyst")
                .withCompany(PostingDetails.EMPTY.company().withName("Acme Corp"))
                .withHowToApply(new HowToApply("https://acme.example/apply", "", "")),
                List.of(new TextSection("Job Brief", "We are **hiring**.\n\nSecond paragraph."),
                        new BulletSection("Responsibilities", List.of("Build reports", "Explain them")),
                        new FieldsSection("Additional Information", List.of(new Field("Job Title", "Data Analyst"))),
                        new FaqSection("FAQs", true, List.of(new Faq("Remote?", "Yes.")), Map.of())));

        assertThat(writer.write(posting)).isEqualTo("""
                # Data Analyst

                - **Company:** Acme Corp

                ## Job Brief

                We are **hiring**.

                Second paragraph.

                ## Responsibilities

                - Build reports
                - Explain them

                ## Additional Information

                | Field | Details |
                | --- | --- |
                | Job Title | Data Analyst |

                ## FAQs

                ### Remote?

                Yes.

                ## How to Apply

                - **Apply online:** https://acme.example/apply

                """);
    }

    @Test
    void renderedOutputShowsUserHtmlAsTextAndContainsNoRawHtml() {
        String attack = "<script>alert(1)</script> <img src=x onerror=alert(1)> <b>bold</b>";
        Posting posting = new Posting(PostingDetails.EMPTY.withTitle("<h1>T</h1>")
                .withReportsTo("<i>boss</i>"),
                List.of(new TextSection("<em>Heading</em>", attack + "\n\n<div>\nblock\n</div>"),
                        new BulletSection("B", List.of(attack)),
                        new FieldsSection("F", List.of(new Field("<b>k</b>", attack))),
                        new FaqSection("Q", true, List.of(new Faq("<q>?", attack)), Map.of())));

        Document html = rendered(writer.write(posting));

        assertThat(html.select("script, img, b, i, em, div, q")).isEmpty();
        assertThat(html.select("h1")).hasSize(1);
        assertThat(html.select("h1").text()).isEqualTo("<h1>T</h1>");
        assertThat(html.text()).contains("<script>alert(1)</script>", "<b>bold</b>", "<h1>T</h1>", "<i>boss</i>",
                "<div> block </div>", "<q>?");
    }

    @Test
    void inlineMarkdownIsKeptSoItStillRenders() {
        Posting posting = new Posting(PostingDetails.EMPTY.withTitle("T"), List.of(new TextSection("S",
                "*Italic* first, then **bold** and a [link](https://x.example).\n- a dash line\n1. not a list")));

        Document html = rendered(writer.write(posting));

        assertThat(html.select("em").text()).isEqualTo("Italic");
        assertThat(html.select("strong").text()).isEqualTo("bold");
        assertThat(html.select("a").attr("href")).isEqualTo("https://x.example");
        assertThat(html.select("ul, ol")).isEmpty();
        assertThat(html.select("p").text()).contains("- a dash line", "1. not a list");
    }

    @Test
    void fieldsBecomeATableWithPipesEscaped() {
        Posting posting = new Posting(PostingDetails.EMPTY, List.of(new FieldsSection("F",
                List.of(new Field("Shift | Hours", "9 | 5"), new Field("Code", "`a|b` or `c`")))));

        String markdown = writer.write(posting);
        Document html = rendered(markdown);

        assertThat(html.select("tbody tr")).hasSize(2);
        assertThat(html.select("tbody tr").get(0).select("td").eachText()).containsExactly("Shift | Hours", "9 | 5");
        // GFM splits cells before reading code spans, so a pipe inside code is escaped too (GitHub shows "a|b").
        assertThat(markdown).contains("| Code | `a\\|b` or `c` |");
    }

    @Test
    void hiddenSectionsAreNotWritten() {
        Posting posting = new Posting(PostingDetails.EMPTY.withTitle("T"), List.of(
                new TextSection("Shown", true, "visible text", Map.of()),
                new TextSection("Secret", false, "hidden text", Map.of())));

        assertThat(writer.write(posting)).contains("Shown", "visible text").doesNotContain("Secret", "hidden text");
    }

    @Test
    void englishIsTheDefaultLanguageAndNotWritten() {
        assertThat(writer.write(Posting.EMPTY.withDetails(PostingDetails.EMPTY.withLanguage("en"))))
                .doesNotContain("Language");
        assertThat(writer.write(Posting.EMPTY.withDetails(PostingDetails.EMPTY.withLanguage("de"))))
                .contains("- **Language:** de");
    }

    @Test
    void bulletsThatAllReadLikeFieldsGetTheirColonEscapedOthersNot() {
        String allFieldLike = writer.write(new Posting(PostingDetails.EMPTY,
                List.of(new BulletSection("B", List.of("Remote: yes", "**Budget:** 1000 EUR")))));
        String mixed = writer.write(new Posting(PostingDetails.EMPTY,
                List.of(new BulletSection("B", List.of("Remote: yes", "Free coffee")))));

        assertThat(allFieldLike).contains("- Remote\\: yes\n- **Budget\\:** 1000 EUR\n");
        assertThat(mixed).contains("- Remote: yes\n- Free coffee\n");
        assertThat(rendered(allFieldLike).select("li").eachText()).containsExactly("Remote: yes", "Budget: 1000 EUR");
    }

    @Test
    void emptySectionsCarryAKindMarkerOnlyWhenTheHeadingSuggestsAnotherKindAndRenderNothing() {
        Posting posting = new Posting(PostingDetails.EMPTY, List.of(new BulletSection("Benefits", List.of()),
                new BulletSection("Perks", List.of()), new TextSection("Notes", "")));

        String markdown = writer.write(posting);

        assertThat(markdown).isEqualTo("#\n\n## Benefits\n\n## Perks\n\n[//]: # (postwright:bullets)\n\n## Notes\n\n");
        assertThat(rendered(markdown).text()).isEqualTo("Benefits Perks Notes");
    }
}
