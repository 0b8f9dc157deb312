package app.postwright.ui.preview;

import app.postwright.model.Posting;
import app.postwright.render.RenderOptions;
import app.postwright.ui.concurrent.CoalescingWorker;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * Renders the preview off the UI thread without ever falling behind the typing: a {@link CoalescingWorker} renders
 * the newest state, coalescing changes that arrive within {@code interval} of the last render and dropping results
 * older than one already shown. A failed render becomes an error page, so the preview keeps working while the user
 * fixes whatever broke it.
 */
public final class RenderScheduler {
    private static final System.Logger LOG = System.getLogger(RenderScheduler.class.getName());
    private final CoalescingWorker<Request, String> worker;

    /** One finished render: its sequence number and the HTML. */
    public record Rendered(long sequence, String html) {
    }

    private record Request(Posting posting, RenderOptions options) {
    }

    /**
     * @param worker   a single-thread executor the renders run on
     * @param uiThread where results are delivered (Platform::runLater in the app)
     * @param sink     receives results, newest only, on the UI thread
     */
    public RenderScheduler(PreviewRenderer renderer, ScheduledExecutorService worker, Executor uiThread,
                           long intervalMillis, Consumer<Rendered> sink) {
        this.worker = new CoalescingWorker<>(request -> render(renderer, request), worker, uiThread,
                intervalMillis, result -> sink.accept(new Rendered(result.sequence(), result.value())));
    }

    /** Asks for a render of this state. */
    public void request(Posting posting, RenderOptions options) {
        worker.request(new Request(posting, options));
    }

    private static String render(PreviewRenderer renderer, Request request) {
        try {
            return renderer.render(request.posting(), request.options());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Preview rendering failed", e);
            return ErrorPage.html("The preview could not be rendered: " + e.getMessage());
        }
    }
}
