package app.postwright.ui;

import app.postwright.model.Posting;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordCountTest {
    @Test
    void countsTitleAndVisibleSectionsOnly() {
        Posting posting = TestPostings.backendDeveloper();
        int all = WordCount.of(posting).words();
        Posting hidden = posting.withSection(0, posting.sections().get(0).withVisible(false));

        // "Job Brief" + "We are seeking a skilled Backend Systems Developer." = 2 + 8 words
        assertThat(all - WordCount.of(hidden).words()).isEqualTo(10);
    }

    @Test
    void readingTimeRoundsUp() {
        assertThat(new WordCount(0).display()).isEqualTo("0 words · 0 min read");
        assertThat(new WordCount(1).display()).isEqualTo("1 word · 1 min read");
        assertThat(new WordCount(231).readingMinutes()).isEqualTo(2);
        assertThat(WordCount.count("It's a full-time role, 40 h/week.")).isEqualTo(7);
    }
}
