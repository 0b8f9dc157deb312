package app.postwright.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenderChoiceTest {
    @Test
    void findsChoicesByIdIgnoringCase() {
        assertThat(Theme.fromId("Modern")).isEqualTo(Theme.MODERN);
        assertThat(PageSize.fromId("LETTER")).isEqualTo(PageSize.LETTER);
    }

    @Test
    void unknownIdsNameTheValidOnes() {
        assertThatThrownBy(() -> Theme.fromId("neon")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown theme 'neon' (expected one of: classic, modern)");
        assertThatThrownBy(() -> PageSize.fromId("a5"))
                .hasMessage("unknown page size 'a5' (expected one of: a4, letter)");
    }
}
