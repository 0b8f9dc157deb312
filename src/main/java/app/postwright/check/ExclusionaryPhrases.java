package app.postwright.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrase list of exclusionary-phrases.txt: each phrase with its category, severity, reason and alternative.
 * All phrases are compiled into one alternation with a group per phrase, so a text is scanned once rather than once
 * per phrase (the checks run as the writer types); where matches would overlap ("he/she" holds "he"), the leftmost
 * wins, and at one position the phrase listed first.
 */
final class ExclusionaryPhrases {
    private static final String SEPARATOR = " || ";

    /** One line of the list. */
    record Phrase(String category, Severity severity, String regex, String reason, String alternative,
                  String source) {
    }

    /** One occurrence of a phrase in a plain text. */
    record Match(Phrase phrase, int start, int end, String text) {
    }

    private final List<Phrase> phrases;
    private final Pattern combined;

    private ExclusionaryPhrases(List<Phrase> phrases) {
        this.phrases = phrases;
        StringBuilder alternation = new StringBuilder();
        for (int i = 0; i < phrases.size(); i++) {
            alternation.append(i == 0 ? "" : "|").append("(?<p").append(i).append(">")
                    .append(phrases.get(i).regex()).append(')');
        }
        // Whole words only: no letter or digit may touch the phrase on either side.
        combined = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE);
    }

    static ExclusionaryPhrases load() {
        return new ExclusionaryPhrases(ResourceLines.read("exclusionary-phrases.txt").stream()
                .map(ExclusionaryPhrases::parse).toList());
    }

    List<Match> find(String plain) {
        List<Match> matches = new ArrayList<>();
        Matcher m = combined.matcher(plain);
        while (m.find()) {
            for (int i = 0; i < phrases.size(); i++) {
                if (m.start("p" + i) >= 0) {
                    matches.add(new Match(phrases.get(i), m.start(), m.end(), m.group()));
                    break;
                }
            }
        }
        return matches;
    }

    private static Phrase parse(String line) {
        String[] columns = line.split(Pattern.quote(SEPARATOR), -1);
        if (columns.length != 6) {
            throw new IllegalStateException("exclusionary-phrases.txt: expected 6 columns in: " + line);
        }
        return new Phrase(columns[0].strip(), Severity.valueOf(columns[1].strip().toUpperCase(Locale.ROOT)),
                columns[2].strip(), columns[3].strip(), columns[4].strip(), columns[5].strip());
    }
}
