package app.postwright.check;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch Reading Ease and Flesch–Kincaid grade level (Flesch 1948; Kincaid et al. 1975) from counts of words,
 * sentences and syllables. Every bullet, field value and paragraph ends at least one sentence, because a list item
 * is read as a unit even without a full stop.
 */
public record Readability(int words, int sentences, int syllables) {
    /** Silent endings: "-e" (but not "-le" after a consonant), "-es" and "-ed" after a consonant. */
    private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]{1,2}");

    public static final Readability NONE = new Readability(0, 0, 0);

    /** The counts for a list of plain-text items. */
    public static Readability of(List<String> plainItems) {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        for (String item : plainItems) {
            List<Words.Word> itemWords = Words.of(item);
            if (itemWords.isEmpty()) {
                continue;
            }
            words += itemWords.size();
            sentences += Math.max(1, Words.sentences(item).size());
            syllables += itemWords.stream().mapToInt(w -> syllables(w.text())).sum();
        }
        return new Readability(words, sentences, syllables);
    }

    /**
     * Syllables in one English word, by a heuristic: drop silent endings, then count groups of up to two adjacent
     * vowels (y counts as a vowel except at the start). Good to about one syllable on common words ("table" 2,
     * "readability" 5); it undercounts words like "created" (1), which is why results are rounded.
     */
    public static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return word.chars().anyMatch(Character::isLetterOrDigit) ? 1 : 0;
        }
        if (w.length() <= 3) {
            return 1;
        }
        w = SILENT_ENDING.matcher(w).replaceFirst("");
        w = w.replaceFirst("^y", "");
        Matcher groups = VOWEL_GROUP.matcher(w);
        int count = 0;
        while (groups.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    /** 206.835 − 1.015 × words per sentence − 84.6 × syllables per word; higher is easier (60–70 is plain). */
    public double readingEase() {
        return words == 0 ? 0 : 206.835 - 1.015 * wordsPerSentence() - 84.6 * syllablesPerWord();
    }

    /** 0.39 × words per sentence + 11.8 × syllables per word − 15.59: the US school grade needed to follow it. */
    public double grade() {
        return words == 0 ? 0 : 0.39 * wordsPerSentence() + 11.8 * syllablesPerWord() - 15.59;
    }

    private double wordsPerSentence() {
        return (double) words / sentences;
    }

    private double syllablesPerWord() {
        return (double) syllables / words;
    }
}
