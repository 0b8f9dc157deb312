package app.postwright.render;

import app.postwright.model.Field;
import app.postwright.model.StandardSection;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conventions of Postwright's Markdown beyond escaping, shared by {@link MarkdownWriter} and the importer:
 * labelled lines, "Key: value" items, the fields table header, and how an empty section keeps its kind.
 */
public final class MarkdownFormat {
    /** Header row of the GFM table that holds a fields section; the importer skips a table's header row. */
    public static final String FIELD_COLUMN = "Field";
    public static final String VALUE_COLUMN = "Details";

    /**
     * "Key: value", "**Key:** value" or "**Key**: value". A backslash before the colon ("Key\: value") marks a
     * bullet that only looks like a field; the writer adds it so such bullets come back as bullets.
     */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?s)(?<open>\\*\\*)?(?<key>[^*:\\\\\\n]{1,60}?)(?<close>\\*\\*)?(?<escape>\\\\?):(?<close2>\\*\\*)?"
                    + "[ \\t]+(?<value>\\S.*)");
    /** An invisible link reference definition, the usual Markdown comment, naming the kind of an empty section. */
    private static final String MARKER_PREFIX = "postwright:";
    private static final String MARKER_LABEL = "//";

    private MarkdownFormat() {
    }

    /** "**Label:** value" as written in the details and how-to-apply lists. */
    public static String labelled(String label, String value) {
        return "**" + label + ":** " + value;
    }

    /** The field an item spells as "Key: value", if it does and is not escaped. */
    public static Optional<Field> keyValue(String item) {
        return matchKeyValue(item).filter(m -> m.group("escape").isEmpty())
                .map(m -> new Field(m.group("key"), m.group("value")));
    }

    /** A bullet that reads like "Key: value" gets its colon escaped so that it is not imported as a field. */
    public static String escapeKeyValue(String item) {
        return matchKeyValue(item).filter(m -> m.group("escape").isEmpty())
                .map(m -> item.substring(0, m.start("escape")) + "\\" + item.substring(m.start("escape")))
                .orElse(item);
    }

    public static String unescapeKeyValue(String item) {
        return matchKeyValue(item).filter(m -> !m.group("escape").isEmpty())
                .map(m -> item.substring(0, m.start("escape")) + item.substring(m.end("escape")))
                .orElse(item);
    }

    private static Optional<Matcher> matchKeyValue(String item) {
        Matcher m = KEY_VALUE.matcher(item);
        if (!m.matches()) {
            return Optional.empty();
        }
        String key = m.group("key");
        boolean bold = m.group("open") != null;
        boolean closedOnce = (m.group("close") != null) != (m.group("close2") != null);
        boolean wellFormed = bold ? closedOnce : m.group("close") == null && m.group("close2") == null;
        boolean url = m.group("value").startsWith("//");
        return wellFormed && !url && key.equals(key.strip()) ? Optional.of(m) : Optional.empty();
    }

    /**
     * The kind an empty section is read as when no marker says otherwise: the catalog kind for a standard heading,
     * text for any other. The writer adds a marker only when the section's kind differs from this.
     */
    public static StandardSection.Kind inferredKind(String heading) {
        return Arrays.stream(StandardSection.values())
                .filter(standard -> standard.heading().equalsIgnoreCase(heading.strip()))
                .map(StandardSection::kind)
                .findFirst()
                .orElse(StandardSection.Kind.TEXT);
    }

    /** The marker line for an empty section of {@code kind}; renders as nothing. */
    public static String marker(StandardSection.Kind kind) {
        return "[" + MARKER_LABEL + "]: # (" + MARKER_PREFIX + kind.name().toLowerCase(Locale.ROOT) + ")";
    }

    /** The kind named by a link reference definition, if it is one of our markers. */
    public static Optional<StandardSection.Kind> markerKind(String label, String title) {
        if (!MARKER_LABEL.equals(label) || !title.startsWith(MARKER_PREFIX)) {
            return Optional.empty();
        }
        String name = title.substring(MARKER_PREFIX.length()).toUpperCase(Locale.ROOT);
        return Arrays.stream(StandardSection.Kind.values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
