package app.postwright.ui;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for the FX thread and background work in window tests, generous enough for a busy 2-core CI machine. */
public final class FxWait {
    private FxWait() {
    }

    /** Waits until {@code condition} holds, failing the test after 15 s. */
    public static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 15 s", e);
        }
    }
}
