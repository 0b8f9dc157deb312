package app.postwright.draft;

import app.postwright.model.Posting;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DraftCodecTest {
    private final DraftCodec codec = new DraftCodec();

    @Test
    void smoke() {
        String json = codec.toJson(SamplePostings.full());
        System.out.println(json);
        Posting back = codec.parse(json, "x.json");
        assertThat(back).isEqualTo(SamplePostings.full());
    }
}
