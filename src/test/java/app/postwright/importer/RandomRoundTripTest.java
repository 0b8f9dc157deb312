package app.postwright.importer;

import app.postwright.model.BulletSection;
import app.postwright.model.Company;
import app.postwright.model.EmploymentType;
import app.postwright.model.Faq;
import app.postwright.model.FaqSection;
import app.postwright.model.Field;
import app.postwright.model.FieldsSection;
import app.postwright.model.HowToApply;
import app.postwright.model.Location;
import app.postwright.model.PayPeriod;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.SalaryRange;
import app.postwright.model.Section;
import app.postwright.model.TextSection;
import app.postwright.model.WorkplaceType;
import app.postwright.render.MarkdownWriter;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random postings built from Markdown's special characters (fixed seed, so failures reproduce): whatever a user
 * types into the form's fields must survive write → import. Text is "reasonable": lines have no leading or
 * trailing blanks and paragraphs are separated by exactly one blank line, as the editor stores them. Links point
 * where the export allows (http, https, mailto) and never follow a "!": other links and images are reduced to
 * their text on export.
 */
class RandomRoundTripTest {
    private static final String[] TOKENS = {"word", "Wört", "中文", "🚀", "*", "**", "_", "#", "##", "<", "<b>", "&",
            "&lt;", "&amp;", "|", "`", "```", "\\", "-", "+", "1.", "2)", ":", "Key:", "[", "]", "(", ")", "a[x](https://y.example)",
            "!", ">", "=", "===", "---", "~~~", "&#60;", "<!--", "-->", "\\*", "\\|", "'", "\"", "%", "$", "{", "}",
            ",", ";", "?"};
    private final Random random = new Random(20250301);
    private final MarkdownWriter writer = new MarkdownWriter();
    private final PostingImporter importer = new PostingImporter();

    @Test
    void randomPostingsComeBackEqual() {
        for (int round = 0; round < 300; round++) {
            Posting posting = new Posting(details(), sections());
            String markdown = writer.write(posting);
            assertThat(importer.importMarkdown(markdown)).as(markdown).isEqualTo(posting);
        }
    }

    private PostingDetails details() {
        BigDecimal min = random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(200_000), random.nextInt(3));
        BigDecimal max = random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(200_000), random.nextInt(3));
        return new PostingDetails(line(), new Company(line(), optional(), optional()), optional(),
                new Location(optional(), optional(), random.nextBoolean() ? "" : "de"),
                pick(WorkplaceType.values()), random.nextBoolean() ? List.of() : lines(1 + random.nextInt(3)),
                pick(EmploymentType.values()),
                new SalaryRange(min, max, random.nextBoolean() ? "" : "EUR", pick(PayPeriod.values())), optional(),
                random.nextBoolean() ? null : LocalDate.of(2025, 1, 1).plusDays(random.nextInt(400)), null,
                new HowToApply(random.nextBoolean() ? "" : "https://x.example/a?b=1&c=2", optional(),
                        random.nextBoolean() ? "" : paragraphs()),
                random.nextBoolean() ? "en" : "pt-BR", Map.of());
    }

    private String optional() {
        return random.nextBoolean() ? "" : line();
    }

    private <T> T pick(T[] values) {
        return random.nextBoolean() ? null : values[random.nextInt(values.length)];
    }

    private List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            sections.add(switch (random.nextInt(4)) {
                case 0 -> new TextSection(line(), random.nextInt(5) == 0 ? "" : paragraphs());
                case 1 -> new BulletSection(line(), lines(random.nextInt(5)));
                case 2 -> new FieldsSection(line(), List.of(new Field(line(), line()), new Field(line(), line())));
                default -> new FaqSection(line(), true, List.of(new Faq(line(), paragraphs())), Map.of());
            });
        }
        return sections;
    }

    private String line() {
        StringBuilder line = new StringBuilder(TOKENS[random.nextInt(TOKENS.length)]);
        for (int i = random.nextInt(5); i > 0; i--) {
            line.append(random.nextBoolean() ? " " : "").append(TOKENS[random.nextInt(TOKENS.length)]);
        }
        return line.toString();
    }

    private List<String> lines(int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(line());
        }
        return lines;
    }

    private String paragraphs() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            paragraphs.add(String.join("\n", lines(1 + random.nextInt(3))));
        }
        return String.join("\n\n", paragraphs);
    }
}
