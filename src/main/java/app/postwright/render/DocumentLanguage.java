package app.postwright.render;

import java.util.Locale;
import java.util.Set;

/**
 * The posting's language as the HTML {@code lang} attribute needs it: a well-formed, registered BCP 47 tag
 * (the W3C checker rejects unknown subtags), and whether the script runs right to left.
 */
record DocumentLanguage(String tag, boolean rightToLeft) {
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    /** Languages normally written right to left (Hebrew also under its old code "iw"). */
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "dv",
            "ug", "ckb");

    /** Reads the posting's language tag; anything unusable becomes "und" (undetermined) rather than a lie. */
    static DocumentLanguage of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag.replace('_', '-'));
        String language = locale.getLanguage();
        if (!ISO_LANGUAGES.contains(language) && !language.equals("ckb")) {
            return new DocumentLanguage("und", false);
        }
        String tag = language;
        if (!locale.getScript().isEmpty()) {
            tag += "-" + locale.getScript();
        }
        if (ISO_COUNTRIES.contains(locale.getCountry())) {
            tag += "-" + locale.getCountry();
        }
        if (language.equals("iw")) {
            tag = "he" + tag.substring(2);
        }
        return new DocumentLanguage(tag, RTL_LANGUAGES.contains(language));
    }
}
