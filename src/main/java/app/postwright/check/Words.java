package app.postwright.check;

import app.postwright.render.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits plain text into words and sentences. A word is letters and digits, joined by inner hyphens or apostrophes
 * ("self-confident", "don't"), so "SharePoint" is one word and never the word "share".
 */
final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");
    /** A sentence ends at . ! ? or ; followed by a space or the end; "e.g." and "3.5" do not end one. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!\\b(?:e\\.g|i\\.e|etc|vs|Mr|Mrs|Ms|Dr))[.!?;]+(?=\\s|$)");

    private Words() {
    }

    /** One word and where it is in the plain text. */
    record Word(String text, int start, int end) {
    }

    static List<Word> of(String plain) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            words.add(new Word(m.group(), m.start(), m.end()));
        }
        return words;
    }

    static int count(String plain) {
        int count = 0;
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** The sentences of {@code plain} as [start, end) spans; text without a terminator is one sentence. */
    static List<Span> sentences(String plain) {
        List<Span> sentences = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(plain);
        int start = 0;
        while (m.find()) {
            addIfWords(plain, start, m.end(), sentences);
            start = m.end();
        }
        addIfWords(plain, start, plain.length(), sentences);
        return sentences;
    }

    private static void addIfWords(String plain, int start, int end, List<Span> sentences) {
        if (WORD.matcher(plain.substring(start, end)).find()) {
            sentences.add(new Span(start, end));
        }
    }
}
