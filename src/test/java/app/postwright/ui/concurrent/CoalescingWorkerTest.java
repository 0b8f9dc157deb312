package app.postwright.ui.concurrent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

class CoalescingWorkerTest {
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger runs = new AtomicInteger();
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    private CoalescingWorker<String, String> worker(long quietMillis) {
        return new CoalescingWorker<>(input -> {
            runs.incrementAndGet();
            return input.toUpperCase();
        }, thread, Runnable::run, 0, quietMillis, result -> delivered.add(result.value()));
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    @Test
    void withoutAQuietPeriodTheFirstRequestRunsAtOnce() throws InterruptedException {
        worker(0).request("a");

        waitFor(() -> !delivered.isEmpty());
        assertThat(delivered).containsExactly("A");
    }

    @Test
    void withAQuietPeriodNothingRunsWhileRequestsKeepComingThenOneRunOnTheNewest() throws InterruptedException {
        CoalescingWorker<String, String> worker = worker(1000);
        for (String input : List.of("a", "ab", "abc", "abcd", "abcde", "abcdef")) {
            worker.request(input);
            Thread.sleep(50);
        }

        assertThat(runs).as("still typing").hasValue(0);
        waitFor(() -> !delivered.isEmpty());
        assertThat(delivered).containsExactly("ABCDEF");
        assertThat(runs).hasValue(1);
    }
}
