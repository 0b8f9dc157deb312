package app.postwright.ui.preview;

import app.postwright.model.Posting;
import app.postwright.render.RenderOptions;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the preview's render and patch code a few dozen times in the background when the first posting is shown,
 * so that the JIT has compiled it before the first keystrokes: in a fresh JVM the first keystrokes took 70–170 ms to
 * reach the screen, against 30–45 ms once the code was compiled. Once per process, on a low-priority daemon thread,
 * and only over pure code (the renderer and {@link PreviewPatch}), never the page.
 */
final class PreviewWarmUp {
    /** Enough for the JIT's thresholds (a couple of hundred calls of the inner methods) at a few ms each. */
    static final int ROUNDS = 40;
    private static final System.Logger LOG = System.getLogger(PreviewWarmUp.class.getName());
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private PreviewWarmUp() {
    }

    static void startOnce(PreviewRenderer renderer, Posting posting, RenderOptions options) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                run(renderer, posting, options);
            } catch (RuntimeException e) {
                // Only the first keystrokes lose their head start; the preview itself reports real render errors.
                LOG.log(System.Logger.Level.DEBUG, "Preview warm-up stopped", e);
            }
        }, "postwright-preview-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Renders {@code posting} with a typing-like change each round and works out the patch, as a keystroke does. */
    static void run(PreviewRenderer renderer, Posting posting, RenderOptions options) {
        String shown = renderer.render(posting, options);
        String title = posting.details().title();
        for (int round = 0; round < ROUNDS; round++) {
            Posting typed = posting.withDetails(posting.details().withTitle(title + " " + round));
            String next = renderer.render(typed, options);
            PreviewPatch.between(shown, next);
            shown = next;
        }
    }
}
