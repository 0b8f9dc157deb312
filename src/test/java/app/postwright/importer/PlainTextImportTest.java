package app.postwright.importer;

import app.postwright.model.BulletSection;
import app.postwright.model.EmploymentType;
import app.postwright.model.FaqSection;
import app.postwright.model.Field;
import app.postwright.model.FieldsSection;
import app.postwright.model.PayPeriod;
import app.postwright.model.Posting;
import app.postwright.model.SalaryRange;
import app.postwright.model.TextSection;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class PlainTextImportTest {
    private final PostingImporter importer = new PostingImporter();

    @Test
    void emptyTextIsAnEmptyPosting() {
        assertThat(importer.importPlainText("")).isEqualTo(Posting.EMPTY);
        assertThat(importer.importPlainText("\n \n\t\n")).isEqualTo(Posting.EMPTY);
    }

    @Test
    void onlyATitle() {
        Posting posting = importer.importPlainText("Data Analyst\n");
        assertThat(posting.details().title()).isEqualTo("Data Analyst");
        assertThat(posting.sections()).isEmpty();
    }

    @Test
    void textWithoutHeadingsIsOneVisibleTextSection() {
        Posting posting = importer.importPlainText("We are hiring a data analyst.\nYou will build reports.\n\n"
                + "Apply by Friday.");
        assertThat(posting.details().title()).isEmpty();
        assertThat(posting.sections()).containsExactly(new TextSection("",
                "We are hiring a data analyst.\nYou will build reports.\n\nApply by Friday."));
    }

    @Test
    void numberedListsAreBullets() {
        Posting posting = importer.importPlainText("Analyst\n\nSteps\n1. Apply online\n2. Interview\n3) Offer\n");
        assertThat(posting.sections()).containsExactly(
                new BulletSection("Steps", List.of("Apply online", "Interview", "Offer")));
    }

    @Test
    void nestedListsAreFlattenedInReadingOrder() {
        Posting posting = importer.importPlainText("Analyst\nSkills\n- Languages\n  - Java\n  * Kotlin\n- Tools\n"
                + "    • Git\n");
        assertThat(posting.sections()).containsExactly(
                new BulletSection("Skills", List.of("Languages", "Java", "Kotlin", "Tools", "Git")));
    }

    @Test
    void windowsAndOldMacLineEndingsReadLikeUnix() {
        String unix = "Analyst\n\nJob Brief\nWe build things.\nBenefits\n- Pension\n- Bike\n";
        Posting expected = importer.importPlainText(unix);
        assertThat(importer.importPlainText(unix.replace("\n", "\r\n"))).isEqualTo(expected);
        assertThat(importer.importPlainText(unix.replace("\n", "\r"))).isEqualTo(expected);
        assertThat(expected.sections()).containsExactly(new TextSection("Job Brief", "We build things."),
                new BulletSection("Benefits", List.of("Pension", "Bike")));
    }

    @Test
    void headingMayEndInAColonButALeadInOfAListIsNotAHeading() {
        Posting posting = importer.importPlainText("Analyst\nBenefits:\nWe pay well.\nYour day:\n- Coffee\n- Code\n");
        assertThat(SectionSummary.of(posting)).containsExactly("Benefits | text | hidden", "Benefits | bullets 2");
        assertThat(((TextSection) posting.sections().get(0)).text()).isEqualTo("We pay well.\nYour day:");
    }

    @Test
    void consecutiveKeyValueLinesAreFieldsButALoneOneInTextIsText() {
        Posting posting = importer.importPlainText("Analyst\nFacts\nTeam: Data\nStart: March\n"
                + "Notes\nNote: we are remote-first.\n");
        assertThat(posting.sections()).containsExactly(
                new FieldsSection("Facts", List.of(new Field("Team", "Data"), new Field("Start", "March"))),
                new TextSection("Notes", "Note: we are remote-first."));
    }

    @Test
    void labelledDetailsUnderTheTitleFillTheDetails() {
        Posting posting = importer.importPlainText("Data Analyst\nCompany: Acme Corp\nEmployment type: Full-time\n"
                + "Salary: 50,000–60,000 EUR per year\n\nJob Brief\nWe count things.\n");
        assertThat(posting.details().company().name()).isEqualTo("Acme Corp");
        assertThat(posting.details().employmentType()).isEqualTo(EmploymentType.FULL_TIME);
        assertThat(posting.details().salary()).isEqualTo(
                new SalaryRange(new BigDecimal("50000"), new BigDecimal("60000"), "EUR", PayPeriod.YEAR));
        assertThat(SectionSummary.of(posting)).containsExactly("Job Brief | text");
    }

    @Test
    void questionsFollowedByAnswersAreAnFaq() {
        Posting byHeading = importer.importPlainText("Analyst\nCommon Questions\nIs it remote?\nYes.\n"
                + "Partly, two days a week.\nDo You Sponsor Visas?\nNo\n");
        Posting byFirstLine = importer.importPlainText("Analyst\nGood to know\nIs it remote?\nYes.\n");

        FaqSection faq = (FaqSection) byHeading.sections().get(0);
        assertThat(faq.entries()).extracting(entry -> entry.question() + " → " + entry.answer()).containsExactly(
                "Is it remote? → Yes.\nPartly, two days a week.", "Do You Sponsor Visas? → No");
        assertThat(SectionSummary.of(byFirstLine)).containsExactly("Good to know | faq 1");
    }

    @Test
    void aTitleCaseQuestionAfterContentIsAHeadingAnOrdinaryQuestionIsText() {
        Posting posting = importer.importPlainText("Analyst\nAbout\nWe count.\nGuess what?\nWe love it.\n"
                + "What Does an Analyst Do?\nAnalyses.\n");
        assertThat(posting.sections()).containsExactly(
                new TextSection("About", "We count.\nGuess what?\nWe love it."),
                new TextSection("What Does an Analyst Do?", "Analyses."));
    }

    @Test
    void headingsLoseTheJobTitleAndTakeTheCatalogSpelling() {
        Posting posting = importer.importPlainText("Data Analyst Job Description\nData Analyst duties and "
                + "responsibilities\n- Count\nData Analyst Job Description FAQs\nWhy?\nBecause.\n"
                + "Data Analyst Salary Expectations\nGood.\n");
        assertThat(posting.details().title()).isEqualTo("Data Analyst");
        assertThat(SectionSummary.of(posting)).containsExactly("Duties and Responsibilities | bullets 1",
                "FAQs | faq 1", "Salary Expectations | text");
    }

    @Test
    void aBracketedNoteAboutThePageIsDroppedFromTheTitleButNotOneAboutTheJob() {
        assertThat(importer.importPlainText("Nurse [Updated for 2025]\n").details().title()).isEqualTo("Nurse");
        assertThat(importer.importPlainText("Bürokaufmann [m/w/d]\n").details().title())
                .isEqualTo("Bürokaufmann [m/w/d]");
    }

    @Test
    void tenThousandBulletsImportQuickly() {
        String text = "Analyst\nDuties\n" + IntStream.range(0, 10_000).mapToObj(i -> "- Duty " + i + "\n")
                .collect(Collectors.joining());
        // A guard against quadratic work (which takes minutes here), not a speed target.
        Posting posting = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> importer.importPlainText(text));
        assertThat(((BulletSection) posting.sections().get(0)).items()).hasSize(10_000).endsWith("Duty 9999");
    }

    @Test
    void introductionBeforeTheFirstSectionIsKeptHidden() {
        Posting posting = importer.importPlainText("Analyst\nWelcome to our careers blog.\nJob Brief\nWe count.\n");
        assertThat(SectionSummary.of(posting)).containsExactly(" | text | hidden", "Job Brief | text");
    }
}
