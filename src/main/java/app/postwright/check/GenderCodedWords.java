package app.postwright.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The masculine- and feminine-coded stems of Gaucher, Friesen and Kay (2011) and Postwright's exceptions. */
final class GenderCodedWords {
    enum Coding { MASCULINE, FEMININE }

    /** One entry of the list: a stem or a whole word, its coding and an optional alternative. */
    record Entry(String stem, boolean prefix, Coding coding, String alternative) {
        boolean matches(String word) {
            return prefix ? word.startsWith(stem) : word.equals(stem);
        }
    }

    private final List<Entry> entries;
    private final List<Entry> exceptions;

    private GenderCodedWords(List<Entry> entries, List<Entry> exceptions) {
        this.entries = entries;
        this.exceptions = exceptions;
    }

    static GenderCodedWords load() {
        List<Entry> entries = new ArrayList<>();
        Coding coding = null;
        for (String line : ResourceLines.read("gender-coded-words.txt")) {
            if (line.startsWith("[")) {
                coding = Coding.valueOf(line.substring(1, line.length() - 1).toUpperCase(Locale.ROOT));
                continue;
            }
            if (coding == null) {
                throw new IllegalStateException("gender-coded-words.txt: entry before [masculine]/[feminine]");
            }
            String[] parts = line.split("\\|", 2);
            entries.add(entry(parts[0], coding, parts.length > 1 ? parts[1].strip() : ""));
        }
        List<Entry> exceptions = ResourceLines.read("gender-coded-exceptions.txt").stream()
                .map(line -> entry(line, null, "")).toList();
        return new GenderCodedWords(List.copyOf(entries), exceptions);
    }

    private static Entry entry(String text, Coding coding, String alternative) {
        String stem = text.strip().toLowerCase(Locale.ROOT);
        boolean prefix = stem.endsWith("*");
        return new Entry(prefix ? stem.substring(0, stem.length() - 1) : stem, prefix, coding, alternative);
    }

    /**
     * The entry coding {@code word}, if any. A hyphenated word counts as coded when the whole word or one of its
     * parts is ("team-leading"), and a possessive "'s" is ignored.
     */
    Optional<Entry> find(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s$", "");
        Optional<Entry> whole = codedWord(lower);
        if (whole.isPresent() || lower.indexOf('-') < 0) {
            return whole;
        }
        for (String part : lower.split("-")) {
            Optional<Entry> coded = codedWord(part);
            if (coded.isPresent()) {
                return coded;
            }
        }
        return Optional.empty();
    }

    private Optional<Entry> codedWord(String word) {
        if (exceptions.stream().anyMatch(e -> e.matches(word))) {
            return Optional.empty();
        }
        return entries.stream().filter(e -> e.matches(word)).findFirst();
    }
}
