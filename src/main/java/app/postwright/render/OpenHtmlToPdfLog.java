package app.postwright.render;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

import java.util.logging.Level;

/**
 * Routes openhtmltopdf's log to the platform logger. It reports progress and every CSS declaration it skips
 * (the style sheet's screen-only parts) on every export: detail for debugging, so it goes to DEBUG; only its
 * severe messages surface as warnings. openhtmltopdf's logger is process-wide, so this is installed once.
 */
final class OpenHtmlToPdfLog implements XRLogger {
    private static final System.Logger LOG = System.getLogger("app.postwright.render.openhtmltopdf");

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        System.Logger.Level mapped = map(level);
        if (LOG.isLoggable(mapped)) {
            LOG.log(mapped, where + ": " + message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are configured on the platform logger, not per openhtmltopdf category.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return LOG.isLoggable(map(diagnostic.getLevel()));
    }

    private static System.Logger.Level map(Level level) {
        return level.intValue() >= Level.SEVERE.intValue() ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG;
    }
}
