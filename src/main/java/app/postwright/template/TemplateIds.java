package app.postwright.template;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Template ids derived from display names: "Café Manager (Night)" → "cafe-manager-night". */
final class TemplateIds {
    private static final int MAX_LENGTH = 60;

    private TemplateIds() {
    }

    /** The slug of {@code name}, with "-2", "-3", ... appended until {@code taken} no longer claims it. */
    static String unique(String name, Predicate<String> taken) {
        String base = slug(name);
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "template" : slug;
    }
}
