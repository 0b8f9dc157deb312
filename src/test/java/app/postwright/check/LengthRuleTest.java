package app.postwright.check;

import app.postwright.model.BulletSection;
import app.postwright.model.Posting;
import app.postwright.model.TextSection;
import app.postwright.render.Span;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static app.postwright.check.TestPostings.run;
import static org.assertj.core.api.Assertions.assertThat;

class LengthRuleTest {
    private final LengthRule rule = new LengthRule();

    private static String words(int count) {
        return String.join(" ", Collections.nCopies(count, "word"));
    }

    private static List<String> bullets(int count) {
        return IntStream.range(0, count).mapToObj(i -> "Bullet " + i).toList();
    }

    private static Posting text(int wordCount) {
        return Posting.EMPTY.withSections(List.of(new TextSection("About", words(wordCount))));
    }

    @Test
    void tipsWhenThePostingIsShortOrLong() {
        assertThat(run(rule, text(299))).extracting(Finding::message).containsExactly(
                "The posting has 299 words, which is short: candidates may not learn enough to apply.");
        assertThat(run(rule, text(300))).isEmpty();
        assertThat(run(rule, text(700))).isEmpty();
        assertThat(run(rule, text(701))).extracting(Finding::ruleId).containsExactly(LengthRule.POSTING);
    }

    @Test
    void tipsForMoreThanEightBullets() {
        Posting eight = Posting.EMPTY.withSections(List.of(new TextSection("About", words(400)),
                new BulletSection("Duties", bullets(8))));
        assertThat(run(rule, eight)).isEmpty();
        Posting nine = eight.withSection(1, new BulletSection("Duties", bullets(9)));
        assertThat(run(rule, nine)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(LengthRule.BULLETS);
            assertThat(f.location()).isEqualTo(FindingLocation.section(1));
        });
        assertThat(run(rule, nine.withSection(1, new BulletSection("Duties", false, bullets(9), java.util.Map.of()))))
                .isEmpty();
    }

    @Test
    void tipsForBulletsOverTwentyFiveWords() {
        Posting posting = Posting.EMPTY.withSections(List.of(new TextSection("About", words(400)),
                new BulletSection("Duties", List.of(words(25), words(26)))));
        assertThat(run(rule, posting)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(LengthRule.BULLET);
            assertThat(f.location()).isEqualTo(new FindingLocation.InSection(1, SectionPart.BULLET, 1, Span.NONE));
        });
    }

    @Test
    void countsBodyTextOnly() {
        // Headings and details are labels, not reading matter: a 299-word body stays short whatever the title.
        Posting posting = text(299).withDetails(TestPostings.completeDetails());
        assertThat(run(rule, posting)).extracting(Finding::ruleId).containsExactly(LengthRule.POSTING);
    }
}
