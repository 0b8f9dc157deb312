package app.postwright.check;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The phrase list of exclusionary-phrases.txt: each phrase with its category, severity, reason and alternative. */
final class ExclusionaryPhrases {
    private static final String SEPARATOR = " || ";

    /** One line of the list; {@code pattern} only matches whole words. */
    record Phrase(String category, Severity severity, Pattern pattern, String reason, String alternative,
                  String source) {
    }

    private ExclusionaryPhrases() {
    }

    static List<Phrase> load() {
        return ResourceLines.read("exclusionary-phrases.txt").stream().map(ExclusionaryPhrases::parse).toList();
    }

    private static Phrase parse(String line) {
        String[] columns = line.split(Pattern.quote(SEPARATOR), -1);
        if (columns.length != 6) {
            throw new IllegalStateException("exclusionary-phrases.txt: expected 6 columns in: " + line);
        }
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + columns[2].strip() + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new Phrase(columns[0].strip(), Severity.valueOf(columns[1].strip().toUpperCase(Locale.ROOT)), pattern,
                columns[3].strip(), columns[4].strip(), columns[5].strip());
    }
}
