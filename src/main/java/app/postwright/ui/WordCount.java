package app.postwright.ui;

import app.postwright.model.BulletSection;
import app.postwright.model.FaqSection;
import app.postwright.model.FieldsSection;
import app.postwright.model.Posting;
import app.postwright.model.Section;
import app.postwright.model.TextSection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Word count and reading time of what a candidate reads: the title and the visible sections. */
public record WordCount(int words) {
    /** A typical silent reading speed for prose on screen. */
    private static final int WORDS_PER_MINUTE = 230;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

    public static WordCount of(Posting posting) {
        List<String> texts = new ArrayList<>();
        texts.add(posting.details().title());
        for (Section section : posting.visibleSections()) {
            texts.add(section.heading());
            texts.addAll(section.accept(new Section.Visitor<List<String>>() {
                @Override
                public List<String> text(TextSection s) {
                    return List.of(s.text());
                }

                @Override
                public List<String> bullets(BulletSection s) {
                    return s.items();
                }

                @Override
                public List<String> fields(FieldsSection s) {
                    return s.fields().stream().flatMap(f -> java.util.stream.Stream.of(f.key(), f.value())).toList();
                }

                @Override
                public List<String> faq(FaqSection s) {
                    return s.entries().stream().flatMap(f -> java.util.stream.Stream.of(f.question(), f.answer()))
                            .toList();
                }
            }));
        }
        return new WordCount(texts.stream().mapToInt(WordCount::count).sum());
    }

    static int count(String text) {
        return (int) WORD.matcher(text).results().count();
    }

    /** Whole minutes, rounded up; at least one for any text. */
    public int readingMinutes() {
        return words == 0 ? 0 : (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
    }

    /** "412 words · 2 min read". */
    public String display() {
        return words + (words == 1 ? " word" : " words") + " · " + readingMinutes() + " min read";
    }
}
