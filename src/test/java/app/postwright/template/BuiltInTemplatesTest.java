package app.postwright.template;

import app.postwright.draft.DraftCodec;
import app.postwright.model.BulletSection;
import app.postwright.model.EmploymentType;
import app.postwright.model.FaqSection;
import app.postwright.model.FieldsSection;
import app.postwright.model.Posting;
import app.postwright.model.Section;
import app.postwright.model.TextSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped templates: valid, canonical drafts with the content the catalog promises. */
class BuiltInTemplatesTest {
    private static final List<String> OUR_ROLES = List.of("product-manager", "customer-support-specialist",
            "warehouse-associate", "registered-nurse");
    private static final Pattern EXCLUSIVE_WORDS = Pattern.compile(
            "(?i)\\b(rock ?star|ninja|guru|young|youthful|digital native|he|she|his|her|hers|him|himself|herself)\\b");

    private final DraftCodec codec = new DraftCodec();

    @TempDir
    static Path noUserTemplates;

    static Stream<String> builtInIds() {
        return new TemplateCatalog(Path.of("unused")).list().stream().map(TemplateInfo::id);
    }

    @Test
    void catalogShipsBlankSeedAndFourRolesInOrder() {
        List<TemplateInfo> list = new TemplateCatalog(noUserTemplates).list();

        assertThat(list).allSatisfy(t -> {
            assertThat(t.builtIn()).isTrue();
            assertThat(t.name()).isNotBlank();
            assertThat(t.description()).isNotBlank().doesNotContain("\n");
        });
        assertThat(list.get(0).id()).isEqualTo("blank");
        assertThat(list.stream().map(TemplateInfo::id)).contains("backend-systems-developer")
                .containsAll(OUR_ROLES).hasSize(6);
        List<String> namesAfterBlank = list.subList(1, list.size()).stream().map(TemplateInfo::name).toList();
        assertThat(namesAfterBlank).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @ParameterizedTest
    @MethodSource("builtInIds")
    void everyTemplateIsACanonicalDraftThatRoundTrips(String id) {
        String resource = resource(id + ".json");
        Posting posting = codec.parse(resource, id);

        assertThat(codec.toJson(posting)).isEqualTo(resource);
        assertThat(codec.parse(codec.toJson(posting), id)).isEqualTo(posting);
        assertThat(new TemplateCatalog(noUserTemplates).load(id)).isEqualTo(posting);
    }

    @ParameterizedTest
    @MethodSource("ourRoles")
    void ourRolesAreCompleteInclusiveAndOfAReasonableLength(String id) {
        Posting posting = new TemplateCatalog(noUserTemplates).load(id);
        String allText = String.join(" ", texts(posting));

        assertThat(wordCount(allText)).isBetween(300, 700);
        assertThat(EXCLUSIVE_WORDS.matcher(allText).results().map(r -> r.group())).isEmpty();
        assertThat(posting.details().title()).isNotBlank();
        assertThat(posting.details().employmentType()).isNotNull();
        assertThat(posting.details().salary().minimum()).isNotNull();
        assertThat(posting.details().salary().maximum()).isGreaterThan(posting.details().salary().minimum());
        assertThat(posting.sections().stream().map(Section::heading)).contains("Job Brief", "Responsibilities",
                "Qualifications", "Salary", "Benefits", "Additional Information", "FAQs");
        FieldsSection info = (FieldsSection) section(posting, "Additional Information");
        assertThat(info.fields().stream().map(f -> f.key()))
                .containsExactlyElementsOf(app.postwright.model.StandardSection.ADDITIONAL_INFORMATION_KEYS);
        assertThat(info.fields()).allSatisfy(f -> assertThat(f.value()).isNotBlank());
        assertThat(((BulletSection) section(posting, "Benefits")).items()).hasSizeGreaterThanOrEqualTo(4);
    }

    static Stream<String> ourRoles() {
        return OUR_ROLES.stream();
    }

    @Test
    void atLeastOneRoleIsPaidByTheHour() {
        TemplateCatalog catalog = new TemplateCatalog(noUserTemplates);
        assertThat(OUR_ROLES.stream().map(catalog::load).map(p -> p.details().salary().period()))
                .contains(app.postwright.model.PayPeriod.HOUR);
    }

    @Test
    void blankTemplateIsAnEmptyPostingWithEmptyCoreSections() {
        Posting blank = new TemplateCatalog(noUserTemplates).load("blank");

        assertThat(blank.details().title()).isEmpty();
        assertThat(blank.sections().stream().map(Section::heading))
                .containsExactly("Job Brief", "Responsibilities", "Qualifications", "Benefits");
        assertThat(texts(blank)).allSatisfy(t -> assertThat(t).isIn("Job Brief", "Responsibilities",
                "Qualifications", "Benefits", ""));
    }

    @Test
    void seedTemplateHasTheSeedsDetails() {
        Posting seed = new TemplateCatalog(noUserTemplates).load("backend-systems-developer");

        assertThat(seed.details().title()).isEqualTo("Backend Systems Developer");
        assertThat(seed.details().employmentType()).isEqualTo(EmploymentType.FULL_TIME);
        assertThat(seed.details().reportsTo()).isEqualTo("IT Manager or Development Team Leader");
        assertThat(seed.details().howToApply().instructions()).contains("[email address or application portal]");
        assertThat(seed.sections().stream().map(Section::heading)).containsExactly("Job Brief",
                "What Does a Backend Systems Developer Do?", "Duties and Responsibilities", "Responsibilities",
                "Qualifications", "Skills", "Experience", "Education and Training", "Salary", "Benefits",
                "Additional Information", "FAQs");
    }

    /**
     * Walks the seed posting line by line, from its first section to its conclusion, and finds every line in the
     * template: bullets as items, "Key: value" bullets of Additional Information as fields, questions and answer
     * sentences in the FAQ, every other sentence in a text section. Only headings and the two lines that speak to
     * the reader of the blog ("Their primary responsibilities include:" and the lead-in of the skills list) are
     * left out on purpose.
     */
    @Test
    void seedTemplateCarriesEverySeedLine() {
        Posting seed = new TemplateCatalog(noUserTemplates).load("backend-systems-developer");
        List<String> lines = seedBody();
        List<String> headings = List.of("Backend Systems Developer Duties and Responsibilities",
                "Backend Systems Developer Job Description Template", "Job Brief", "Responsibilities",
                "Qualifications", "Benefits", "Additional Information", "What Does a Backend Systems Developer Do?",
                "Backend Systems Developer Qualifications and Skills",
                "Backend Systems Developer Experience Requirements",
                "Backend Systems Developer Education and Training Requirements",
                "Backend Systems Developer Salary Expectations", "Backend Systems Developer Job Description FAQs");
        List<String> readerLines = List.of("Their primary responsibilities include:",
                "A Backend Systems Developer should possess the skills and qualifications that match your job "
                        + "description, such as:");

        FieldsSection info = (FieldsSection) section(seed, "Additional Information");
        FaqSection faqs = (FaqSection) section(seed, "FAQs");
        List<String> bulletItems = seed.sections().stream().filter(BulletSection.class::isInstance)
                .flatMap(s -> ((BulletSection) s).items().stream()).toList();
        String prose = String.join("\n", seed.sections().stream().filter(TextSection.class::isInstance)
                .map(s -> ((TextSection) s).text()).toList());
        String faqText = String.join("\n", faqs.entries().stream().map(f -> f.question() + "\n" + f.answer()).toList());

        int bullets = 0;
        int fields = 0;
        boolean inInfo = false;
        for (String line : lines) {
            if (headings.contains(line) || readerLines.contains(line)) {
                inInfo = line.equals("Additional Information");
                continue;
            }
            if (line.startsWith("- ")) {
                String item = line.substring(2);
                if (inInfo) {
                    String key = item.substring(0, item.indexOf(": "));
                    String value = item.substring(item.indexOf(": ") + 2);
                    assertThat(info.fields()).contains(new app.postwright.model.Field(key, value));
                    fields++;
                } else {
                    assertThat(bulletItems).as("bullet").contains(item);
                    bullets++;
                }
            } else {
                assertThat(prose.contains(line) || faqText.contains(line)).as("seed line: " + line).isTrue();
            }
        }
        assertThat(bullets).isEqualTo(11 + 10 + 8 + 6 + 10);
        assertThat(fields).isEqualTo(8).isEqualTo(info.fields().size());
        assertThat(bulletItems).hasSize(bullets);
        assertThat(faqs.entries()).hasSize(5);
    }

    private static List<String> seedBody() {
        List<String> all = resource("/seed/backend-systems-developer.txt").lines().toList();
        int start = all.indexOf("Backend Systems Developer Duties and Responsibilities");
        int end = all.indexOf("Conclusion");
        assertThat(start).isPositive();
        assertThat(end).isGreaterThan(start);
        return all.subList(start, end);
    }

    private static Section section(Posting posting, String heading) {
        return posting.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
    }

    private static List<String> texts(Posting posting) {
        List<String> texts = new ArrayList<>();
        texts.add(posting.details().title());
        for (Section section : posting.sections()) {
            texts.add(section.heading());
            section.accept(new Section.Visitor<Void>() {
                @Override
                public Void text(TextSection s) {
                    texts.add(s.text());
                    return null;
                }

                @Override
                public Void bullets(BulletSection s) {
                    texts.addAll(s.items());
                    return null;
                }

                @Override
                public Void fields(FieldsSection s) {
                    s.fields().forEach(f -> texts.add(f.key() + " " + f.value()));
                    return null;
                }

                @Override
                public Void faq(FaqSection s) {
                    s.entries().forEach(f -> texts.add(f.question() + " " + f.answer()));
                    return null;
                }
            });
        }
        return texts;
    }

    private static int wordCount(String text) {
        return (int) Pattern.compile("\\S+").matcher(text).results().count();
    }

    private static String resource(String name) {
        String path = name.startsWith("/") ? name : "/app/postwright/template/" + name;
        try (InputStream in = Objects.requireNonNull(BuiltInTemplatesTest.class.getResourceAsStream(path), path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
