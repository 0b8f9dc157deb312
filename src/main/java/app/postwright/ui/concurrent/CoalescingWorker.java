package app.postwright.ui.concurrent;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work on the newest input off the UI thread without ever falling behind the typing: the first request after
 * a quiet spell runs at once, requests that arrive within {@code interval} of the last run are coalesced into one
 * run on the newest input, and a result older than one already delivered is dropped (by sequence number). The
 * preview's renders and the editor's checks both go through it. With a {@code quiet} period, a run waits until no
 * request came for that long: work that may lag behind the typing (the checks) then leaves the processor to the
 * work the writer is waiting for (the preview).
 *
 * @param <I> what the work reads, e.g. a posting snapshot
 * @param <O> what it produces; {@code work} must turn its own failures into an output the user can see
 */
public final class CoalescingWorker<I, O> {
    private final Function<I, O> work;
    private final ScheduledExecutorService worker;
    private final Executor uiThread;
    private final long intervalNanos;
    private final long quietNanos;
    private final Consumer<Result<O>> sink;

    private I pending;
    private long requested;
    private long lastStart = Long.MIN_VALUE / 2;
    /** The run waiting to start; null while none is. */
    private ScheduledFuture<?> scheduled;
    private long delivered;

    /** One finished run: its sequence number (the count of requests it covers) and its output. */
    public record Result<O>(long sequence, O value) {
    }

    /**
     * @param worker   a single-thread executor the work runs on
     * @param uiThread where results are delivered (Platform::runLater in the app)
     * @param sink     receives results, newest only, on the UI thread
     */
    public CoalescingWorker(Function<I, O> work, ScheduledExecutorService worker, Executor uiThread,
                            long intervalMillis, Consumer<Result<O>> sink) {
        this(work, worker, uiThread, intervalMillis, 0, sink);
    }

    /** @param quietMillis a run starts only once no request came for this long (0: at once) */
    public CoalescingWorker(Function<I, O> work, ScheduledExecutorService worker, Executor uiThread,
                            long intervalMillis, long quietMillis, Consumer<Result<O>> sink) {
        this.work = work;
        this.worker = worker;
        this.uiThread = uiThread;
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        this.quietNanos = TimeUnit.MILLISECONDS.toNanos(quietMillis);
        this.sink = sink;
    }

    /** Asks for a run on {@code input}; it replaces any input still waiting. */
    public synchronized void request(I input) {
        pending = input;
        requested++;
        // A run that is already due takes the newest input when it starts; with a quiet period it is put off,
        // unless it has just started and waits for this lock (then it reads this input).
        if (scheduled != null && (quietNanos == 0 || !scheduled.cancel(false))) {
            return;
        }
        long now = System.nanoTime();
        long wait = Math.max(lastStart + intervalNanos, now + quietNanos) - now;
        scheduled = worker.schedule(this::runNewest, Math.max(0, wait), TimeUnit.NANOSECONDS);
    }

    private void runNewest() {
        I input;
        long sequence;
        synchronized (this) {
            scheduled = null;
            lastStart = System.nanoTime();
            input = pending;
            sequence = requested;
        }
        Result<O> result = new Result<>(sequence, work.apply(input));
        uiThread.execute(() -> deliver(result));
    }

    private void deliver(Result<O> result) {
        synchronized (this) {
            if (result.sequence() <= delivered) {
                return;
            }
            delivered = result.sequence();
        }
        sink.accept(result);
    }
}
