package app.postwright.render;

import java.util.regex.Pattern;

/** Web addresses typed into forms, where people often leave out the scheme ("careers.example.com/jobs"). */
final class WebAddress {
    /** A host name followed by an optional path, with no scheme and no whitespace. */
    private static final Pattern BARE_HOST = Pattern.compile("(?i)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9-]+)+"
            + "(?::\\d+)?(?:[/?#]\\S*)?");

    private WebAddress() {
    }

    /** The address with "https://" added when it is a bare host name; anything else is returned stripped. */
    static String normalise(String address) {
        String value = address.strip();
        return BARE_HOST.matcher(value).matches() ? "https://" + value : value;
    }
}
