package app.postwright.check;

import java.util.List;

/**
 * Flesch Reading Ease and Flesch–Kincaid grade level (Flesch 1948; Kincaid et al. 1975) from counts of words,
 * sentences and syllables. Every bullet, field value and paragraph ends at least one sentence, because a list item
 * is read as a unit even without a full stop.
 */
public record Readability(int words, int sentences, int syllables) {

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
     * Syllables in one English word, by a heuristic: drop a silent ending ("-e", "-es", "-ed" after a consonant
     * other than l, so "table" keeps its "-le"), ignore a leading y, then count groups of up to two adjacent vowels
     * (a, e, i, o, u, y). Good to about one syllable on common words ("table" 2, "readability" 5); it undercounts
     * words like "created" (1), which is why results are approximate. Hand-written rather than regular expressions
     * because it runs for every word on every keystroke.
     */
    public static int syllables(String word) {
        StringBuilder letters = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        if (letters.length() == 0) {
            return word.chars().anyMatch(Character::isLetterOrDigit) ? 1 : 0;
        }
        if (letters.length() <= 3) {
            return 1;
        }
        int end = letters.length() - silentEnding(letters);
        int start = letters.charAt(0) == 'y' ? 1 : 0;
        int count = 0;
        int run = 0;
        for (int i = start; i <= end; i++) {
            if (i < end && isVowel(letters.charAt(i))) {
                run++;
            } else {
                count += (run + 1) / 2;
                run = 0;
            }
        }
        return Math.max(1, count);
    }

    /** Length of a silent "e", "es" or "ed" ending after a consonant other than l; 0 when there is none. */
    private static int silentEnding(CharSequence w) {
        int n = w.length();
        int suffix = w.charAt(n - 1) == 'e' ? 1
                : (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'd') && w.charAt(n - 2) == 'e' ? 2 : 0;
        if (suffix == 0 || n - suffix - 1 < 0) {
            return 0;
        }
        char before = w.charAt(n - suffix - 1);
        return isVowel(before) || before == 'l' ? 0 : suffix;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
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
