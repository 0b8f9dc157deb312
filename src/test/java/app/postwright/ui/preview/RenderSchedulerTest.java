package app.postwright.ui.preview;

import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.render.RenderOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RenderSchedulerTest {
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();
    private final List<String> shown = new CopyOnWriteArrayList<>();
    private final AtomicInteger renders = new AtomicInteger();

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    private static Posting titled(String title) {
        return Posting.EMPTY.withDetails(PostingDetails.EMPTY.withTitle(title));
    }

    private RenderScheduler scheduler(long intervalMillis, CountDownLatch gate) {
        return new RenderScheduler((posting, options) -> {
            renders.incrementAndGet();
            try {
                gate.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return posting.details().title();
        }, worker, Runnable::run, intervalMillis, rendered -> shown.add(rendered.html()));
    }

    @Test
    void firstChangeRendersAtOnce() throws Exception {
        CountDownLatch open = new CountDownLatch(0);
        scheduler(10_000, open).request(titled("a"), RenderOptions.DEFAULT);

        worker.submit(() -> { }).get(2, TimeUnit.SECONDS);
        assertThat(shown).containsExactly("a");
    }

    @Test
    void burstIsCoalescedIntoOneRenderOfTheNewestState() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        RenderScheduler scheduler = scheduler(50, gate);
        scheduler.request(titled("a"), RenderOptions.DEFAULT);
        Thread.sleep(20);
        for (String title : List.of("ab", "abc", "abcd")) {
            scheduler.request(titled(title), RenderOptions.DEFAULT);
        }
        gate.countDown();
        Thread.sleep(300);
        worker.submit(() -> { }).get(2, TimeUnit.SECONDS);

        assertThat(renders.get()).isEqualTo(2);
        assertThat(shown).containsExactly("a", "abcd");
    }

    @Test
    void olderResultArrivingLateIsDropped() {
        List<RenderScheduler.Rendered> delivered = new CopyOnWriteArrayList<>();
        List<Runnable> uiQueue = new CopyOnWriteArrayList<>();
        RenderScheduler scheduler = new RenderScheduler((p, o) -> p.details().title(), worker, uiQueue::add, 0,
                delivered::add);
        scheduler.request(titled("old"), RenderOptions.DEFAULT);
        awaitQueue(uiQueue, 1);
        scheduler.request(titled("new"), RenderOptions.DEFAULT);
        awaitQueue(uiQueue, 2);

        uiQueue.get(1).run();
        uiQueue.get(0).run();
        assertThat(delivered).extracting(RenderScheduler.Rendered::html).containsExactly("new");
    }

    @Test
    void failedRenderShowsTheProblemInThePreview() throws Exception {
        RenderScheduler scheduler = new RenderScheduler((p, o) -> {
            throw new IllegalStateException("theme missing");
        }, worker, Runnable::run, 0, rendered -> shown.add(rendered.html()));
        scheduler.request(titled("x"), RenderOptions.DEFAULT);
        worker.submit(() -> { }).get(2, TimeUnit.SECONDS);

        assertThat(shown).singleElement().asString().contains("theme missing");
    }

    private static void awaitQueue(List<Runnable> queue, int size) {
        long deadline = System.currentTimeMillis() + 2000;
        while (queue.size() < size && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(queue).hasSize(size);
    }
}
