package app.postwright.render;

import java.util.Locale;
import java.util.Set;

/**
 * Which link targets may appear in exported documents: only absolute http, https and mailto URLs. Anything
 * else ({@code javascript:}, {@code data:}, {@code vbscript:}, relative paths) is refused, and so is any URL
 * holding whitespace or control characters, because browsers strip those and "java\tscript:" would slip past a
 * scheme check. Characters URLs may never hold unencoded ({@code < > " ` \ ^ { | }}) are refused too, so no
 * target can close its attribute or trip the HTML checker. Callers keep the link text and drop only the link.
 */
public final class LinkPolicy {
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
    private static final String NEVER_IN_URLS = "<>\"`\\^{|}";

    private LinkPolicy() {
    }

    /** True when {@code url} may be used as a link target. */
    public static boolean allows(String url) {
        if (url == null || url.isEmpty()) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || (c >= 0x7F && c <= 0xA0) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT || Character.isISOControl(c)
                    || NEVER_IN_URLS.indexOf(c) >= 0) {
                return false;
            }
        }
        int colon = url.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!ALLOWED_SCHEMES.contains(scheme)) {
            return false;
        }
        String rest = url.substring(colon + 1);
        return scheme.equals("mailto") ? rest.contains("@") : rest.startsWith("//") && rest.length() > 2;
    }
}
