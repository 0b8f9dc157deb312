package app.postwright.ui;

import app.postwright.TunedJvm;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Start-up milestones ("first window shown", "preview shown"), printed once each with {@code -Dpostwright.timing=true}
 * for the start-up benchmarks (src/bench/), measured from when the user started Postwright.
 */
public final class StartupTiming {
    private static final boolean ENABLED = Boolean.getBoolean("postwright.timing");
    private static final Set<String> REPORTED = new HashSet<>();

    private StartupTiming() {
    }

    /** Prints {@code "MILESTONE N ms after process start"} the first time a milestone is reached. */
    public static synchronized void reached(String milestone) {
        if (ENABLED && REPORTED.add(milestone)) {
            launchStart().ifPresent(start -> System.out.printf("%s %d ms after process start%n", milestone,
                    Duration.between(start, Instant.now()).toMillis()));
        }
    }

    /**
     * When the user started Postwright, so JVM and JavaFX start-up count too: the first JVM's start when
     * {@code java -jar} handed over to a tuned one ({@link TunedJvm}), else this process's.
     */
    private static Optional<Instant> launchStart() {
        Long handedOver = Long.getLong(TunedJvm.LAUNCH_START);
        return handedOver != null ? Optional.of(Instant.ofEpochMilli(handedOver))
                : ProcessHandle.current().info().startInstant();
    }
}
