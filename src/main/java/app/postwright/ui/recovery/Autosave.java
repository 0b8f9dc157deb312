package app.postwright.ui.recovery;

import app.postwright.draft.RecoveryStore;
import app.postwright.model.Posting;
import app.postwright.ui.document.DocumentModel;
import javafx.beans.InvalidationListener;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps a recoverable copy of the open document in the {@link RecoveryStore}: {@link #DELAY} after the last edit,
 * and at once when asked (the window lost focus). The copy is written on a background thread from an immutable
 * snapshot, so typing never waits for the disk, and only to the recovery folder, never to the user's file. When
 * the document matches its saved file again (saved, or undone back), the copy is removed; a normal close removes it
 * too. Listeners run on the FX thread, as the document's properties change there.
 */
public final class Autosave {
    /** Within the 2 seconds the issue allows, with room for the write itself. */
    public static final Duration DELAY = Duration.ofMillis(1500);
    private static final System.Logger LOG = System.getLogger(Autosave.class.getName());

    private final DocumentModel document;
    private final RecoveryStore store;
    private final Duration delay;
    private final Consumer<String> onFailure;
    /** One thread, so copies are written in the order they were taken. */
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "postwright-autosave");
        thread.setDaemon(true);
        return thread;
    });
    private final InvalidationListener onChange = observable -> schedule(false);
    private volatile String sessionId = RecoveryStore.newSessionId();
    private ScheduledFuture<?> pending;

    /**
     * @param onFailure receives a one-line message when a copy cannot be written (called on the autosave thread);
     *                  autosave keeps trying at the next edit
     */
    public Autosave(DocumentModel document, RecoveryStore store, Duration delay, Consumer<String> onFailure) {
        this.document = document;
        this.store = store;
        this.delay = delay;
        this.onFailure = onFailure;
        document.postingProperty().addListener(onChange);
        document.dirtyProperty().addListener(onChange);
    }

    /** The id this session's copy is stored under. */
    public String sessionId() {
        return sessionId;
    }

    /** Continues the session of a restored copy, so that the next autosave replaces it instead of adding one. */
    public void adopt(String restoredSessionId) {
        sessionId = restoredSessionId;
        schedule(false);
    }

    /** Writes (or removes) the copy now instead of after the delay, e.g. when the window loses focus. */
    public void saveNow() {
        schedule(true);
    }

    /**
     * A normal close: stops autosaving and removes this session's copy once the writes already queued are done.
     * The returned future completes when the copy is gone. Closing again does nothing.
     */
    public Future<?> close() {
        if (writer.isShutdown()) {
            return CompletableFuture.completedFuture(null);
        }
        document.postingProperty().removeListener(onChange);
        document.dirtyProperty().removeListener(onChange);
        cancelPending();
        String id = sessionId;
        Future<?> removal = writer.submit(() -> run(() -> store.discard(id)));
        writer.shutdown();
        return removal;
    }

    private void schedule(boolean now) {
        if (writer.isShutdown()) {
            return;
        }
        cancelPending();
        // The snapshot is taken here, on the FX thread; the posting is immutable, so the writer may use it later.
        Posting posting = document.posting();
        Path file = document.file();
        boolean unsaved = document.isDirty();
        String id = sessionId;
        Runnable write = unsaved ? () -> store.save(id, posting, file) : () -> store.discard(id);
        pending = writer.schedule(() -> run(write), now ? 0 : delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
        }
    }

    private void run(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Autosave failed", e);
            onFailure.accept("Autosave failed: " + e.getMessage());
        }
    }
}
