package app.postwright.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Checks on web addresses typed into the details form, shared by the Google for Jobs rule and JSON-LD. */
public final class WebAddresses {
    private WebAddresses() {
    }

    /** True for an absolute http or https URL with a host, e.g. "https://example.com/jobs". */
    public static boolean isWebUrl(String text) {
        return host(text).isPresent();
    }

    /** The host of an absolute http(s) URL without a leading "www.", lower-cased; empty for anything else. */
    public static Optional<String> host(String text) {
        try {
            URI uri = new URI(text.strip());
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
