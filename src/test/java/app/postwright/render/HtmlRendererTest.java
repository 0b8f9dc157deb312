package app.postwright.render;

import app.postwright.model.BulletSection;
import app.postwright.model.HowToApply;
import app.postwright.model.PayPeriod;
import app.postwright.model.Posting;
import app.postwright.model.SalaryRange;
import app.postwright.model.PostingDetails;
import app.postwright.model.TextSection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class HtmlRendererTest {
    private final HtmlRenderer renderer = new HtmlRenderer();
    private final String html = renderer.render(Fixtures.richPosting(), RenderOptions.DEFAULT);
    private final Document doc = Jsoup.parse(html);

    @Test
    void writesACompleteStandaloneDocument() {
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(doc.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(doc.title()).isEqualTo("Backend Systems Developer – Northwind Analytics");
        assertThat(doc.selectFirst("meta[name=author]").attr("content")).isEqualTo("Northwind Analytics");
        assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'").doesNotContain("script-src");
        assertThat(doc.select("link, img, iframe, object, embed, svg, base")).isEmpty();
        assertThat(doc.select("script").eachAttr("type")).as("only the JobPosting data block")
                .containsExactly("application/ld+json");
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.selectFirst("style").data()).doesNotContain("url(", "@import");
    }

    @Test
    void describesThePostingInAboutOneSearchSnippet() {
        String description = doc.selectFirst("meta[name=description]").attr("content");
        assertThat(description).startsWith("We are seeking a skilled Backend Systems Developer to contribute")
                .endsWith("…").doesNotContain("**");
        assertThat(description.length()).isBetween(100, 155);
        assertThat(doc.selectFirst("meta[name=subject]").attr("content")).isEqualTo(description);
    }

    @Test
    void listsTheDetailsAtAGlance() {
        Elements labels = doc.select(".glance dt");
        assertThat(labels.eachText()).containsExactly("Company", "Department", "Location", "Workplace",
                "Applicants from", "Employment type", "Salary", "Reports to", "Date posted", "Apply by");
        assertThat(doc.select(".glance dd").eachText()).contains("70,000–90,000 EUR per year", "DE, AT, CH",
                "Berlin, Berlin, DE", "15 December 2026");
        assertThat(doc.selectFirst(".glance dd a").attr("href")).isEqualTo("https://northwind.example");
        assertThat(doc.selectFirst(".glance time").attr("datetime")).isEqualTo("2026-11-02");
    }

    @Test
    void leavesOutASalaryWithoutAmounts() {
        Posting noAmount = Fixtures.richPosting().withDetails(Fixtures.richDetails()
                .withSalary(new SalaryRange(null, null, "USD", PayPeriod.YEAR)));
        Document page = Jsoup.parse(new HtmlRenderer().render(noAmount, RenderOptions.DEFAULT));
        assertThat(page.select(".glance dt").eachText()).doesNotContain("Salary").contains("Company");
    }

    @Test
    void rendersEveryVisibleSectionWithItsIndexAsId() {
        assertThat(doc.select("h1").eachText()).containsExactly("Backend Systems Developer");
        assertThat(doc.select("section.section").eachAttr("id")).containsExactly("section-0", "section-1",
                "section-2", "section-3", "section-4", "section-5", "section-7");
        assertThat(html).doesNotContain("Internal notes", "do not publish");
        assertThat(doc.select("section.section > h2").eachText()).containsExactly("Job Brief", "Responsibilities",
                "Qualifications", "Experience", "Benefits", "Additional Information", "FAQs");
    }

    @Test
    void rendersEachSectionKindWithItsElement() {
        assertThat(doc.select("#section-0 > p")).hasSize(3);
        assertThat(doc.select("#section-0 strong").text()).isEqualTo("Backend Systems Developer");
        assertThat(doc.select("#section-1 > ul > li")).hasSize(9);
        assertThat(doc.select("#section-5 dl dt").eachText()).startsWith("Job Title", "Work Environment");
        assertThat(doc.select("#section-5 dl dd").first().text()).isEqualTo("Backend Systems Developer");
        assertThat(doc.select("#section-7 h3").eachText()).hasSize(4).first()
                .isEqualTo("What skills does a Backend Systems Developer need?");
        assertThat(doc.select("#section-7 .faq").first().select("p")).hasSize(2);
    }

    @Test
    void endsWithAHowToApplyCallToAction() {
        Element apply = doc.selectFirst("#apply");
        assertThat(apply.selectFirst("h2").text()).isEqualTo("How to apply");
        assertThat(apply.selectFirst("a.apply-button").attr("href"))
                .isEqualTo("https://careers.northwind.example/jobs/backend-42");
        assertThat(apply.selectFirst("a.apply-email").attr("href")).isEqualTo("mailto:jobs@northwind.example");
        assertThat(apply.text()).contains("We reply to every application");
    }

    @Test
    void everyLinkIsSafeAndDescribed() {
        assertThat(doc.select("a")).isNotEmpty().allSatisfy(link -> {
            assertThat(link.attr("href")).matches("(https|mailto):.+");
            assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
            assertThat(link.attr("title")).isNotBlank();
        });
    }

    @Test
    void addsTheSchemeToABareCareersAddress() {
        Posting posting = Fixtures.richPosting().withDetails(Fixtures.richDetails()
                .withHowToApply(new HowToApply("careers.example.com/jobs/1", "", "")));
        Document bare = Jsoup.parse(renderer.render(posting, RenderOptions.DEFAULT));
        assertThat(bare.selectFirst("a.apply-button").attr("href")).isEqualTo("https://careers.example.com/jobs/1");
        assertThat(bare.select("a.apply-email")).isEmpty();
    }

    @Test
    void isWellFormedXmlForThePdfRenderer() {
        for (Posting posting : List.of(Fixtures.richPosting(), Fixtures.multilingualPosting(),
                Fixtures.everywhere("<b>&copy; &nbsp; &#0; \u0001 ]]> <![CDATA[ x]]>"))) {
            String xml = renderer.render(posting, RenderOptions.DEFAULT).replaceFirst("<!DOCTYPE html>", "");
            assertThatCode(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(xml)))).doesNotThrowAnyException();
        }
    }

    @Test
    void setsLanguageAndDirection() {
        Document hebrew = Jsoup.parse(renderer.render(Fixtures.hebrewPosting(), RenderOptions.DEFAULT));
        assertThat(hebrew.selectFirst("html").attr("lang")).isEqualTo("he");
        assertThat(hebrew.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(hebrew.selectFirst(".glance dd:contains(EUR)").attr("dir")).isEqualTo("ltr");

        Document mixed = Jsoup.parse(renderer.render(Fixtures.multilingualPosting(), RenderOptions.DEFAULT));
        assertThat(mixed.selectFirst("html").hasAttr("dir")).isFalse();
        assertThat(mixed.select("h2[dir=rtl]").eachText()).containsExactly("العربية", "עברית");

        assertThat(DocumentLanguage.of("de_CH").tag()).isEqualTo("de-CH");
        assertThat(DocumentLanguage.of("klingon-XX").tag()).isEqualTo("und");
        assertThat(DocumentLanguage.of("ar-EG").rightToLeft()).isTrue();
    }

    @Test
    void themesAndPageSizesChangeOnlyTheStyleSheet() {
        String modern = renderer.render(Fixtures.richPosting(), new RenderOptions(Theme.MODERN, PageSize.LETTER));
        assertThat(Jsoup.parse(modern).body().html()).isEqualTo(doc.body().html().replace("theme-classic",
                "theme-modern"));
        assertThat(doc.selectFirst("style").data()).contains("size: A4", "DejaVu Serif").doesNotContain("size: letter");
        assertThat(Jsoup.parse(modern).selectFirst("style").data()).contains("size: letter", "#4338ca");
    }

    @Test
    void handlesAnEmptyPosting() {
        Document empty = Jsoup.parse(renderer.render(Posting.EMPTY, RenderOptions.DEFAULT));
        assertThat(empty.title()).isEqualTo("Untitled job posting");
        assertThat(empty.select("h1").text()).isEqualTo("Untitled job posting");
        assertThat(empty.select(".glance, #apply, section")).isEmpty();
        assertThat(empty.selectFirst("meta[name=description]").attr("content")).isEqualTo("Untitled job posting.");
    }

    @Test
    void skipsEmptyItemsAndSummarisesFromDetailsWhenThereIsNoText() {
        Posting posting = new Posting(PostingDetails.EMPTY.withTitle("Chef"), List.of(
                new BulletSection("Duties", List.of("Cook", " ", "")), new TextSection("Blank", "  \n\n ")));
        Document sparse = Jsoup.parse(renderer.render(posting, RenderOptions.DEFAULT));
        assertThat(sparse.select("li").eachText()).containsExactly("Cook");
        assertThat(sparse.select("#section-1 p")).isEmpty();
        assertThat(sparse.selectFirst("meta[name=description]").attr("content")).isEqualTo("Chef.");
    }

    /** The golden file was read and viewed in a browser once; a change to the output must be deliberate. */
    @Test
    void matchesTheGoldenFile() throws IOException {
        String golden;
        try (InputStream in = getClass().getResourceAsStream("/golden/rich-classic.html")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!golden.equals(html)) {
            Files.writeString(Path.of("target", "rich-classic.actual.html"), html);
        }
        assertThat(html).as("differs from golden/rich-classic.html; see target/rich-classic.actual.html")
                .isEqualTo(golden);
    }
}
