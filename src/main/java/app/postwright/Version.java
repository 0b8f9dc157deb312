package app.postwright;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application version and build date, filtered into version.properties by the build. */
public final class Version {
    private static final String UNKNOWN = "unknown";

    private Version() {
    }

    public static String current() {
        return properties().getProperty("version", UNKNOWN);
    }

    /** The day the jar was built (UTC, ISO 8601), or "unknown" when run from unfiltered classes. */
    public static String buildDate() {
        String date = properties().getProperty("build.date", UNKNOWN);
        return date.startsWith("${") ? UNKNOWN : date;
    }

    /** "Postwright 0.1.0 (built 2026-11-28)": the line of {@code --version} and the About box. */
    public static String describe() {
        return "Postwright " + current() + " (built " + buildDate() + ")";
    }

    private static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
