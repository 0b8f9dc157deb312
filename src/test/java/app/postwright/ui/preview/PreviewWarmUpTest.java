package app.postwright.ui.preview;

import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.render.HtmlRenderer;
import app.postwright.render.RenderOptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewWarmUpTest {
    @Test
    void rendersAChangedPostingEveryRoundAndLeavesTheOriginalAlone() {
        HtmlRenderer html = new HtmlRenderer();
        List<String> titles = new ArrayList<>();
        PreviewRenderer counting = (posting, options) -> {
            titles.add(posting.details().title());
            return html.render(posting, options);
        };
        Posting posting = new Posting(PostingDetails.EMPTY.withTitle("Nurse"), List.of());

        PreviewWarmUp.run(counting, posting, RenderOptions.DEFAULT);

        assertThat(titles).hasSize(PreviewWarmUp.ROUNDS + 1).startsWith("Nurse", "Nurse 0", "Nurse 1")
                .doesNotHaveDuplicates();
        assertThat(posting.details().title()).isEqualTo("Nurse");
    }
}
