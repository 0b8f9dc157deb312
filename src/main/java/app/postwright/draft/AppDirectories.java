package app.postwright.draft;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folders Postwright keeps files in, following each OS's convention: configuration (user templates)
 * and application data (autosave recovery). The system property {@code postwright.home} overrides both, so tests
 * and portable installs can point Postwright elsewhere. Nothing is created here; writers create what they need.
 */
public final class AppDirectories {
    /** System property naming one folder to use for configuration and data alike. */
    public static final String HOME_PROPERTY = "postwright.home";

    private final Path configDir;
    private final Path dataDir;

    /** The folders of the running JVM's user, OS, environment and {@code postwright.home} property. */
    public AppDirectories() {
        this(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty(HOME_PROPERTY));
    }

    /**
     * @param osName       the value of {@code os.name}
     * @param environment  environment variables (XDG_CONFIG_HOME, XDG_DATA_HOME, APPDATA, LOCALAPPDATA)
     * @param userHome     the value of {@code user.home}
     * @param homeOverride the value of {@code postwright.home}, or null
     */
    public AppDirectories(String osName, Map<String, String> environment, Path userHome, String homeOverride) {
        if (homeOverride != null && !homeOverride.isBlank()) {
            configDir = Path.of(homeOverride);
            dataDir = configDir;
            return;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            configDir = envOr(environment, "APPDATA", userHome.resolve("AppData").resolve("Roaming"))
                    .resolve("Postwright");
            dataDir = envOr(environment, "LOCALAPPDATA", userHome.resolve("AppData").resolve("Local"))
                    .resolve("Postwright");
        } else if (os.startsWith("mac")) {
            configDir = userHome.resolve("Library").resolve("Application Support").resolve("Postwright");
            dataDir = configDir;
        } else {
            configDir = envOr(environment, "XDG_CONFIG_HOME", userHome.resolve(".config")).resolve("postwright");
            dataDir = envOr(environment, "XDG_DATA_HOME", userHome.resolve(".local").resolve("share"))
                    .resolve("postwright");
        }
    }


    public Path configDir() {
        return configDir;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Where the user's own templates are saved. */
    public Path templatesDir() {
        return configDir.resolve("templates");
    }

    /** Where autosaved copies of open drafts wait to be recovered after a crash. */
    public Path recoveryDir() {
        return dataDir.resolve("recovery");
    }

    /** A variable's folder if it is set to an absolute path (the XDG spec says to ignore relative ones). */
    private static Path envOr(Map<String, String> environment, String variable, Path fallback) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : fallback;
    }
}
