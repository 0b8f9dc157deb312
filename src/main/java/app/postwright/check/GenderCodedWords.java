package app.postwright.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The masculine- and feminine-coded stems of Gaucher, Friesen and Kay (2011) and Postwright's exceptions. */
final class GenderCodedWords {
    enum Coding { MASCULINE, FEMININE }

    /** One entry of the list: a stem or a whole word, its coding and an optional alternative. */
    record Entry(String stem, boolean prefix, Coding coding, String alternative) {
    }

    private static final Pattern POSSESSIVE = Pattern.compile("'s$");

    private final EntryIndex entries;
    private final EntryIndex exceptions;

    private GenderCodedWords(List<Entry> entries, List<Entry> exceptions) {
        this.entries = new EntryIndex(entries);
        this.exceptions = new EntryIndex(exceptions);
    }

    /**
     * Whole words and stems in hash maps, so looking a word up costs one probe per prefix length instead of a scan
     * of the list; the checks run on every word as the writer types.
     */
    private static final class EntryIndex {
        private final Map<String, Entry> words = new HashMap<>();
        private final Map<String, Entry> stems = new HashMap<>();

        EntryIndex(List<Entry> entries) {
            for (Entry entry : entries) {
                (entry.prefix() ? stems : words).putIfAbsent(entry.stem(), entry);
            }
        }

        /** The whole-word entry for {@code word}, else the entry of its shortest matching stem. */
        Optional<Entry> find(String word) {
            Entry whole = words.get(word);
            if (whole != null) {
                return Optional.of(whole);
            }
            for (int length = 1; length <= word.length(); length++) {
                Entry stem = stems.get(word.substring(0, length));
                if (stem != null) {
                    return Optional.of(stem);
                }
            }
            return Optional.empty();
        }
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
        String lower = POSSESSIVE.matcher(word.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceFirst("");
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
        return exceptions.find(word).isPresent() ? Optional.empty() : entries.find(word);
    }
}
