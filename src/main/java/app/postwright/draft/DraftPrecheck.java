package app.postwright.draft;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.math.BigInteger;

/**
 * The first, streaming pass over a draft: checks that it is one well-formed JSON object (no duplicate keys, not
 * too deep, no number with an absurd exponent, nothing after it) and that its "format" and "version" say it is a
 * draft this build can read. It runs before data binding so that a draft from a newer Postwright is reported as
 * such rather than as a type error in whatever the newer version changed, or, when the caller reads newer drafts
 * best effort, so that the caller learns the version before binding.
 */
final class DraftPrecheck {
    private static final String WHAT_A_DRAFT_IS =
            "a Postwright draft (a JSON object with \"format\": \"" + DraftFormat.MARKER + "\")";

    /**
     * Numbers like 1e999999999 are short but expand to gigabytes when written out plainly (as amounts are) or
     * normalised; no posting needs an exponent beyond this.
     */
    private static final int MAX_EXPONENT = 1000;

    private DraftPrecheck() {
    }

    /**
     * Returns the format version the draft declares, at least 1. A version above this build's is refused with a
     * {@link NewerDraftVersionException} unless {@code newerAllowed}.
     */
    static BigInteger check(JsonParser parser, String source, boolean newerAllowed) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw DraftErrors.at(source, null, "the file is empty; expected " + WHAT_A_DRAFT_IS);
        }
        if (first != JsonToken.START_OBJECT) {
            throw DraftErrors.at(source, parser.currentTokenLocation(), "expected " + WHAT_A_DRAFT_IS);
        }
        JsonLocation start = parser.currentTokenLocation();
        String format = null;
        JsonLocation formatAt = null;
        BigInteger version = null;
        JsonLocation versionAt = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (key.equals("format")) {
                formatAt = parser.currentTokenLocation();
                if (value != JsonToken.VALUE_STRING) {
                    throw DraftErrors.at(source, formatAt, "expected a string for format");
                }
                format = parser.getText();
            } else if (key.equals("version")) {
                versionAt = parser.currentTokenLocation();
                if (value != JsonToken.VALUE_NUMBER_INT) {
                    throw DraftErrors.at(source, versionAt, "expected a whole number for version");
                }
                version = parser.getBigIntegerValue();
            } else {
                scanValue(parser, source);
            }
        }
        if (parser.nextToken() != null) {
            throw DraftErrors.at(source, parser.currentTokenLocation(),
                    "unexpected content after the end of the draft's JSON object");
        }
        checkMarker(source, start, format, formatAt);
        checkVersion(source, start, version, versionAt, newerAllowed);
        return version;
    }

    /** Reads past the current value, checking every number in it. */
    private static void scanValue(JsonParser parser, String source) throws IOException {
        int depth = 0;
        JsonToken token = parser.currentToken();
        do {
            if (token == null) {
                throw DraftErrors.at(source, parser.currentLocation(), DraftErrors.TRUNCATED);
            }
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                checkExponent(parser, source);
            }
            token = depth > 0 ? parser.nextToken() : null;
        } while (depth > 0);
    }

    /** True for a version above the one this build reads and writes. */
    static boolean isNewer(BigInteger version) {
        return version.compareTo(BigInteger.valueOf(DraftFormat.VERSION)) > 0;
    }

    private static void checkExponent(JsonParser parser, String source) throws IOException {
        int scale = parser.getDecimalValue().scale();
        if (Math.abs((long) scale) > MAX_EXPONENT) {
            throw DraftErrors.at(source, parser.currentTokenLocation(), "the number " + parser.getText()
                    + " is out of range; Postwright reads numbers with exponents up to " + MAX_EXPONENT);
        }
    }

    private static void checkMarker(String source, JsonLocation start, String format, JsonLocation formatAt) {
        if (format == null) {
            throw DraftErrors.at(source, start, "missing \"format\": \"" + DraftFormat.MARKER
                    + "\"; expected " + WHAT_A_DRAFT_IS);
        }
        if (!format.equals(DraftFormat.MARKER)) {
            throw DraftErrors.at(source, formatAt, "wrong format \"" + format + "\": expected \""
                    + DraftFormat.MARKER + "\"; this is not a Postwright draft");
        }
    }

    private static void checkVersion(String source, JsonLocation start, BigInteger version, JsonLocation versionAt,
                                     boolean newerAllowed) {
        if (version == null) {
            throw DraftErrors.at(source, start, "missing \"version\" (a whole number; this Postwright reads version "
                    + DraftFormat.VERSION + ")");
        }
        if (!newerAllowed && isNewer(version)) {
            throw new NewerDraftVersionException(DraftErrors.where(source, versionAt)
                    + ": made by a newer Postwright: format version " + version + ", this version reads "
                    + DraftFormat.VERSION, NewerDraftVersionException.clamp(version));
        }
        if (version.signum() <= 0) {
            throw DraftErrors.at(source, versionAt, "unknown format version " + version
                    + "; this Postwright reads version " + DraftFormat.VERSION);
        }
    }
}
