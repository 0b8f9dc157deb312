package app.postwright.importer;

import app.postwright.model.BulletSection;
import app.postwright.model.Faq;
import app.postwright.model.FaqSection;
import app.postwright.model.Field;
import app.postwright.model.FieldsSection;
import app.postwright.model.Posting;
import app.postwright.model.StandardSection;
import app.postwright.model.TextSection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference posting, a "job description template" web page saved as plain text. */
class SeedImportTest {
    private static Posting seed;

    @BeforeAll
    static void importSeed() throws URISyntaxException {
        Path file = Path.of(Objects.requireNonNull(
                SeedImportTest.class.getResource("/seed/backend-systems-developer.txt")).toURI());
        seed = new PostingImporter().importFile(file);
    }

    @Test
    void titleLosesThePageNoteAndJobDescriptionWording() {
        assertThat(seed.details().title()).isEqualTo("Backend Systems Developer");
    }

    @Test
    void reproducesTheSeedStructureExactly() {
        assertThat(SectionSummary.of(seed)).containsExactly(
                " | text | hidden",
                " | bullets 3 | hidden",
                "Duties and Responsibilities | text | hidden",
                "Duties and Responsibilities | bullets 11",
                "Job Description Template | text | hidden",
                "Job Brief | text",
                "Responsibilities | bullets 10",
                "Qualifications | bullets 8",
                "Benefits | bullets 6",
                "Additional Information | fields 8",
                "What Does a Backend Systems Developer Do? | text",
                "Qualifications and Skills | text | hidden",
                "Qualifications and Skills | bullets 10",
                "Experience Requirements | text",
                "Education and Training Requirements | text",
                "Salary Expectations | text",
                "FAQs | faq 5",
                "Conclusion | text | hidden",
                "Remember | text | hidden",
                "How to Become a Backend Systems Developer (Complete Guide) | fields 3 | hidden");
    }

    @Test
    void visibleSectionsAreThePostingItself() {
        assertThat(seed.visibleSections()).extracting(section -> section.heading()).containsExactly(
                "Duties and Responsibilities", "Job Brief", "Responsibilities", "Qualifications", "Benefits",
                "Additional Information", "What Does a Backend Systems Developer Do?", "Qualifications and Skills",
                "Experience Requirements", "Education and Training Requirements", "Salary Expectations", "FAQs");
    }

    @Test
    void bulletsKeepTheirWordsWithoutMarkers() {
        BulletSection duties = (BulletSection) seed.sections().get(3);
        assertThat(duties.items()).startsWith("Develop and maintain the server-side logic")
                .endsWith("Document software and application development for future reference and upgrades");
        BulletSection benefits = (BulletSection) seed.sections().get(8);
        assertThat(benefits.items()).contains("401(k) with company matching", "Health, dental, and vision insurance");
    }

    @Test
    void additionalInformationHasTheEightStandardFields() {
        FieldsSection info = (FieldsSection) seed.sections().get(9);
        assertThat(info.fields()).extracting(Field::key)
                .containsExactlyElementsOf(StandardSection.ADDITIONAL_INFORMATION_KEYS);
        assertThat(info.fields().get(0).value()).isEqualTo("Backend Systems Developer");
        assertThat(info.fields().get(4).value())
                .isEqualTo("[City, State] (specify the location or indicate if remote)");
    }

    @Test
    void introductionAndLeadInOfAListAreKeptHidden() {
        TextSection intro = (TextSection) seed.sections().get(2);
        assertThat(intro.text()).isEqualTo("Backend Systems Developers focus on server-side development, databases, "
                + "scripting, and website architecture.\nThey are responsible for managing the interchange of data "
                + "between the server and the users.\nTheir primary responsibilities include:");
    }

    @Test
    void textSectionsKeepLinesAsOneParagraph() {
        TextSection salary = (TextSection) seed.sections().get(15);
        assertThat(salary.text()).isEqualTo("A Backend Systems Developer earns an average salary of $101,650 (USD) "
                + "per year.\nHowever, the actual earnings can fluctuate based on factors like experience, the "
                + "complexity of the project or system being developed, and the geographical location of the job.");
    }

    @Test
    void faqPairsQuestionsWithTheirAnswers() {
        FaqSection faq = (FaqSection) seed.sections().get(16);
        assertThat(faq.entries()).extracting(Faq::question).containsExactly(
                "What skills does a Backend Systems Developer need?",
                "Do Backend Systems Developers need a degree?",
                "What should you look for in a Backend Systems Developer’s resume?",
                "What qualities make a good Backend Systems Developer?",
                "Is it difficult to hire Backend Systems Developers?");
        assertThat(faq.entries().get(1).answer()).isEqualTo("Most employers prefer Backend Systems Developers to have "
                + "a bachelor’s degree in computer science, information systems, software engineering, or a related "
                + "field.\nHowever, significant work experience and a demonstrated understanding of the required "
                + "programming languages and server technologies can sometimes substitute for formal education.");
    }
}
