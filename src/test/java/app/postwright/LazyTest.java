package app.postwright;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LazyTest {
    @Test
    void makesTheValueOnFirstUseOnly() {
        AtomicInteger made = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> "value " + made.incrementAndGet());
        assertThat(made).hasValue(0);
        assertThat(lazy.get()).isEqualTo("value 1");
        assertThat(lazy.get()).isEqualTo("value 1");
        assertThat(made).hasValue(1);
    }

    @Test
    void threadsAskingWhileItIsMadeGetTheSameValue() throws InterruptedException {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch making = new CountDownLatch(1);
        Lazy<Object> lazy = new Lazy<>(() -> {
            making.countDown();
            made.incrementAndGet();
            sleep(100);
            return new Object();
        });
        List<Object> seen = new ArrayList<>();
        Thread first = new Thread(() -> record(seen, lazy.get()));
        first.start();
        making.await();
        Thread second = new Thread(() -> record(seen, lazy.get()));
        second.start();
        first.join();
        second.join();
        assertThat(made).hasValue(1);
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isSameAs(seen.get(1));
    }

    @Test
    void aFailedAttemptIsMadeAgainByTheNextCaller() {
        AtomicInteger attempts = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("first attempt fails");
            }
            return "second attempt";
        });
        assertThatThrownBy(lazy::get).isInstanceOf(IllegalStateException.class).hasMessage("first attempt fails");
        assertThat(lazy.get()).isEqualTo("second attempt");
        assertThat(attempts).hasValue(2);
    }

    private static synchronized void record(List<Object> seen, Object value) {
        seen.add(value);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
