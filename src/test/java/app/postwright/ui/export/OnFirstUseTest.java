package app.postwright.ui.export;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class OnFirstUseTest {

    @Test
    void createsTheValueOnFirstUseOnlyAndKeepsIt() {
        AtomicInteger created = new AtomicInteger();
        OnFirstUse<StringBuilder> lazy = OnFirstUse.of(() -> {
            created.incrementAndGet();
            return new StringBuilder("made");
        });

        assertThat(created).hasValue(0);
        StringBuilder first = lazy.get();
        assertThat(lazy.get()).isSameAs(first);
        assertThat(created).hasValue(1);
    }
}
