package app.postwright.ui.preview;

import app.postwright.model.Posting;
import app.postwright.render.RenderOptions;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Renders the preview off the UI thread without ever falling behind the typing: the first change after a quiet
 * spell renders at once, changes that arrive within {@code interval} of the last render are coalesced into one
 * render of the newest state, and a result older than one already shown is dropped (by sequence number).
 */
public final class RenderScheduler {
    private static final System.Logger LOG = System.getLogger(RenderScheduler.class.getName());
    private final PreviewRenderer renderer;
    private final ScheduledExecutorService worker;
    private final Executor uiThread;
    private final long intervalNanos;
    private final Consumer<Rendered> sink;

    private Posting pendingPosting;
    private RenderOptions pendingOptions;
    private long requested;
    private long lastStart = Long.MIN_VALUE / 2;
    private boolean scheduled;
    private long shown;

    /** One finished render: its sequence number and the HTML. */
    public record Rendered(long sequence, String html) {
    }

    /**
     * @param worker   a single-thread executor the renders run on
     * @param uiThread where results are delivered (Platform::runLater in the app)
     * @param sink     receives results, newest only, on the UI thread
     */
    public RenderScheduler(PreviewRenderer renderer, ScheduledExecutorService worker, Executor uiThread,
                           long intervalMillis, Consumer<Rendered> sink) {
        this.renderer = renderer;
        this.worker = worker;
        this.uiThread = uiThread;
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        this.sink = sink;
    }

    /** Asks for a render of this state. */
    public synchronized void request(Posting posting, RenderOptions options) {
        pendingPosting = posting;
        pendingOptions = options;
        requested++;
        if (!scheduled) {
            scheduled = true;
            long wait = Math.max(0, lastStart + intervalNanos - System.nanoTime());
            worker.schedule(this::renderNewest, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void renderNewest() {
        Posting posting;
        RenderOptions options;
        long sequence;
        synchronized (this) {
            scheduled = false;
            lastStart = System.nanoTime();
            posting = pendingPosting;
            options = pendingOptions;
            sequence = requested;
        }
        String html;
        try {
            html = renderer.render(posting, options);
        } catch (RuntimeException e) {
            // The preview must keep working while the user fixes whatever broke rendering: show the problem instead.
            LOG.log(System.Logger.Level.WARNING, "Preview rendering failed", e);
            html = ErrorPage.html("The preview could not be rendered: " + e.getMessage());
        }
        Rendered rendered = new Rendered(sequence, html);
        uiThread.execute(() -> deliver(rendered));
    }

    private void deliver(Rendered rendered) {
        synchronized (this) {
            if (rendered.sequence() <= shown) {
                return;
            }
            shown = rendered.sequence();
        }
        sink.accept(rendered);
    }
}
