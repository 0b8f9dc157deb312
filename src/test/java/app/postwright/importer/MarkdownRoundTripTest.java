package app.postwright.importer;

import app.postwright.model.BulletSection;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.Section;
import app.postwright.model.TextSection;
import app.postwright.render.MarkdownWriter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class MarkdownRoundTripTest {
    private final MarkdownWriter writer = new MarkdownWriter();
    private final PostingImporter importer = new PostingImporter();

    private Posting roundTrip(Posting posting) {
        return importer.importMarkdown(writer.write(posting));
    }

    @Test
    void richPostingComesBackEqual() {
        Posting posting = RichPostings.rich();
        assertThat(roundTrip(posting)).isEqualTo(posting);
    }

    @Test
    void hiddenSectionsAreLeftOutAndTheRestComesBack() {
        Posting posting = RichPostings.rich();
        List<Section> sections = new ArrayList<>(posting.sections());
        sections.set(1, sections.get(1).withVisible(false));
        Posting withHidden = posting.withSections(sections);

        assertThat(writer.write(withHidden)).doesNotContain("Own the **ledger** service");
        assertThat(roundTrip(withHidden)).isEqualTo(posting.withSections(withHidden.visibleSections()));
    }

    @Test
    void emptyPostingComesBackEqual() {
        assertThat(roundTrip(Posting.EMPTY)).isEqualTo(Posting.EMPTY);
    }

    @Test
    void onlyHowToApplyComesBack() {
        Posting posting = Posting.EMPTY.withDetails(PostingDetails.EMPTY.withTitle("T").withHowToApply(
                PostingDetails.EMPTY.howToApply().withInstructions("Write to us.")));
        assertThat(roundTrip(posting)).isEqualTo(posting);
    }

    @Test
    void sectionsThatLookLikeDetailsStaySections() {
        Posting posting = new Posting(PostingDetails.EMPTY.withTitle("T"), List.of(
                new BulletSection("Intro", List.of("**Company:** Acme", "**Department:** Sales")),
                new BulletSection("How to Apply", List.of("**Apply online:** https://x.example",
                        "**Apply by email:** a@x.example"))));

        Posting back = roundTrip(posting);

        assertThat(back).isEqualTo(posting);
        assertThat(back.details().howToApply().isEmpty()).isTrue();
    }

    @Test
    void eachDetailAloneComesBack() {
        PostingDetails all = RichPostings.allDetails();
        List<PostingDetails> singles = List.of(
                PostingDetails.EMPTY.withCompany(all.company()),
                PostingDetails.EMPTY.withDepartment(all.department()),
                PostingDetails.EMPTY.withLocation(all.location().withCity("")),
                PostingDetails.EMPTY.withWorkplaceType(all.workplaceType()),
                PostingDetails.EMPTY.withRemoteRegions(all.remoteRegions()),
                PostingDetails.EMPTY.withEmploymentType(all.employmentType()),
                PostingDetails.EMPTY.withSalary(all.salary().withMinimum(null)),
                PostingDetails.EMPTY.withSalary(all.salary().withMaximum(null).withCurrency("")),
                PostingDetails.EMPTY.withSalary(all.salary().withMinimum(null).withMaximum(null)),
                PostingDetails.EMPTY.withReportsTo(all.reportsTo()),
                PostingDetails.EMPTY.withDatePosted(all.datePosted()),
                PostingDetails.EMPTY.withClosingDate(all.closingDate()),
                PostingDetails.EMPTY.withHowToApply(all.howToApply().withInstructions("")),
                PostingDetails.EMPTY.withLanguage("fr"));
        for (PostingDetails details : singles) {
            Posting posting = Posting.EMPTY.withDetails(details);
            assertThat(roundTrip(posting)).as(writer.write(posting)).isEqualTo(posting);
        }
    }

    @Test
    void trickyTextInEveryPlaceComesBack() {
        List<String> tricky = List.of("<", "<b>bold</b>", "&lt;", "&amp;lt;", "a & b", "\\", "\\- x", "- x", "+ x",
                "* x", "***", "---", "___", "===", "# x", "###", "x #", "> q", "1. x", "2) x", "2024. A year",
                "| a | b |", ":---:", "[ref]: https://x.example", "```", "~~~", "`code`", "`a|b` and `c`", "a ` b",
                "**bold**", "_it_",
                "[link](https://x.example)", "Key: value", "**Key:** value", "ÄÖÜ ß – “quotes” 中文 🚀",
                "line one\n- line two\n# line three", "para one\n\npara two");
        for (String text : tricky) {
            Posting posting = new Posting(PostingDetails.EMPTY.withTitle(text.replace("\n", " "))
                    .withReportsTo(text.replace("\n", " ")), List.of(
                    new TextSection(text.replace("\n", " "), text),
                    new BulletSection("Bullets", List.of(text, text)),
                    new app.postwright.model.FieldsSection("Fields", List.of(
                            new app.postwright.model.Field(text.replace("\n", " "), text.replace("\n", " ")))),
                    new app.postwright.model.FaqSection("FAQ", true, List.of(
                            new app.postwright.model.Faq(text.replace("\n", " "), text)), java.util.Map.of())));
            String markdown = writer.write(posting);
            assertThat(roundTrip(posting)).as(markdown).isEqualTo(posting);
        }
    }

    @Test
    void tenThousandBulletsWriteAndImportQuickly() {
        List<String> items = IntStream.range(0, 10_000).mapToObj(i -> "Bullet number " + i + " with **bold**")
                .toList();
        Posting posting = new Posting(PostingDetails.EMPTY.withTitle("Big"),
                List.of(new BulletSection("Responsibilities", items)));
        // A guard against quadratic work (which takes minutes here), not a speed target: about 2 s on a busy CI core.
        Posting back = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> roundTrip(posting));
        assertThat(back).isEqualTo(posting);
    }
}
