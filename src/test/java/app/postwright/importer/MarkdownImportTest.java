package app.postwright.importer;

import app.postwright.model.BulletSection;
import app.postwright.model.Faq;
import app.postwright.model.FaqSection;
import app.postwright.model.Field;
import app.postwright.model.FieldsSection;
import app.postwright.model.Posting;
import app.postwright.model.TextSection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown written by people or other tools, not by Postwright. */
class MarkdownImportTest {
    private final PostingImporter importer = new PostingImporter();

    @Test
    void emptyAndBlankMarkdownAreAnEmptyPosting() {
        assertThat(importer.importMarkdown("")).isEqualTo(Posting.EMPTY);
        assertThat(importer.importMarkdown("\n\n")).isEqualTo(Posting.EMPTY);
    }

    @Test
    void setextHeadingsWork() {
        Posting posting = importer.importMarkdown("Data Analyst\n============\n\nJob Brief\n---------\n\nWe count.\n");
        assertThat(posting.details().title()).isEqualTo("Data Analyst");
        assertThat(posting.sections()).containsExactly(new TextSection("Job Brief", "We count."));
    }

    @Test
    void withoutALevelOneHeadingEveryHeadingIsASection() {
        Posting posting = importer.importMarkdown("## Job Brief\n\nWe count.\n\n## Benefits\n\n- Pension\n");
        assertThat(posting.details().title()).isEmpty();
        assertThat(SectionSummary.of(posting)).containsExactly("Job Brief | text", "Benefits | bullets 1");
    }

    @Test
    void numberedAndNestedListsBecomeFlatBullets() {
        Posting posting = importer.importMarkdown("# T\n\n## Steps\n\n1. Apply\n2. Talk\n   - with the team\n"
                + "   - with HR\n     1. twice\n3. Start\n");
        assertThat(posting.sections()).containsExactly(new BulletSection("Steps",
                List.of("Apply", "Talk", "with the team", "with HR", "twice", "Start")));
    }

    @Test
    void listsOfKeyValueItemsAndTablesAreFields() {
        Posting posting = importer.importMarkdown("# T\n\n## Facts\n\n- Team: Data\n- **Start:** March\n"
                + "- **Hours**: 40\n\n## More\n\n| Key | Value |\n|-----|-------|\n| Office | Berlin |\n");
        assertThat(posting.sections()).containsExactly(
                new FieldsSection("Facts", List.of(new Field("Team", "Data"), new Field("Start", "March"),
                        new Field("Hours", "40"))),
                new FieldsSection("More", List.of(new Field("Office", "Berlin"))));
    }

    @Test
    void questionSubHeadingsWithParagraphAnswersAreAnFaq() {
        Posting posting = importer.importMarkdown("# T\n\n## Questions\n\n### Remote?\n\nYes.\n\nMostly.\n\n"
                + "### Visa?\n\nNo.\n");
        assertThat(posting.sections()).containsExactly(new FaqSection("Questions", true,
                List.of(new Faq("Remote?", "Yes.\n\nMostly."), new Faq("Visa?", "No.")), Map.of()));
    }

    @Test
    void subHeadingsOverListsBecomeSectionsOfTheirOwn() {
        Posting posting = importer.importMarkdown("# T\n\n## Requirements\n\n### Must have\n\n- Java\n\n"
                + "### Nice to have\n\n- Kotlin\n");
        assertThat(SectionSummary.of(posting)).containsExactly("Requirements | text", "Must have | bullets 1",
                "Nice to have | bullets 1");
    }

    @Test
    void textBeforeTheFirstSectionIsHiddenWhenSectionsFollowAndShownWhenNot() {
        assertThat(SectionSummary.of(importer.importMarkdown("# T\n\nWelcome!\n\n## Job Brief\n\nWe count.\n")))
                .containsExactly(" | text | hidden", "Job Brief | text");
        assertThat(importer.importMarkdown("# T\n\nWelcome!\n").sections())
                .containsExactly(new TextSection("", "Welcome!"));
    }

    @Test
    void codeQuotesAndHtmlKeepTheirWordsAsText() {
        Posting posting = importer.importMarkdown("# T\n\n## Notes\n\n> Quoted words\n\n```\ncode words\n```\n\n"
                + "<div>html words</div>\n");
        assertThat(((TextSection) posting.sections().get(0)).text())
                .isEqualTo("Quoted words\n\n```\ncode words\n```\n\n<div>html words</div>");
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreIgnored() {
        String markdown = "# T\n\n## Job Brief\n\nLine one\nline two\n\n## Benefits\n\n- Pension\n";
        Posting expected = importer.importMarkdown(markdown);
        assertThat(importer.importMarkdown("\uFEFF" + markdown.replace("\n", "\r\n"))).isEqualTo(expected);
        assertThat(expected.sections()).containsExactly(new TextSection("Job Brief", "Line one\nline two"),
                new BulletSection("Benefits", List.of("Pension")));
    }

    @Test
    void onlyATitle() {
        Posting posting = importer.importMarkdown("# Nurse\n");
        assertThat(posting.details().title()).isEqualTo("Nurse");
        assertThat(posting.sections()).isEmpty();
    }

    @Test
    void aFinalHowToApplySectionOfOrdinaryTextStaysASection() {
        Posting posting = importer.importMarkdown("# T\n\n## How to Apply\n\nSend us a letter.\n");
        assertThat(posting.details().howToApply().isEmpty()).isTrue();
        assertThat(posting.sections()).containsExactly(new TextSection("How to Apply", "Send us a letter."));
    }

    @Test
    void htmlIsConvertedThenReadAsMarkdown() {
        Posting posting = importer.importHtml("<html><body><h1>Nurse</h1><p>Intro &amp; more</p>"
                + "<h2>Duties</h2><ul><li>Care</li><li>Chart <b>well</b></li></ul>"
                + "<h2>Job Brief</h2><p>We <em>heal</em>.</p><script>alert(1)</script></body></html>");
        assertThat(posting.details().title()).isEqualTo("Nurse");
        assertThat(SectionSummary.of(posting)).containsExactly(" | text | hidden", "Duties | bullets 2",
                "Job Brief | text");
        assertThat(((BulletSection) posting.sections().get(1)).items()).containsExactly("Care", "Chart **well**");
        assertThat(((TextSection) posting.sections().get(2)).text()).isEqualTo("We *heal*.");
    }

    @Test
    void htmlFromAJobDescriptionPageIsTidiedLikePlainText() {
        Posting posting = importer.importHtml("<h1>Nurse Job Description [Updated for 2025]</h1><p>[m/f/d]</p>"
                + "<h2>Nurse Duties and Responsibilities</h2><ul><li>Care</li></ul><h2>Conclusion</h2><p>Bye.</p>");
        assertThat(posting.details().title()).isEqualTo("Nurse");
        assertThat(SectionSummary.of(posting)).containsExactly(" | text | hidden",
                "Duties and Responsibilities | bullets 1", "Conclusion | text | hidden");
        assertThat(((TextSection) posting.sections().get(0)).text()).isEqualTo("\\[m/f/d\\]");
    }

    @Test
    void markdownHeadingsAreKeptAsWrittenSoPostwrightsOwnMarkdownComesBackExactly() {
        Posting posting = importer.importMarkdown("# Nurse Job Description [Updated for 2025]\n\n"
                + "## Nurse Duties and Responsibilities\n\n- Care\n");
        assertThat(posting.details().title()).isEqualTo("Nurse Job Description [Updated for 2025]");
        assertThat(SectionSummary.of(posting)).containsExactly("Nurse Duties and Responsibilities | bullets 1");
    }
}
