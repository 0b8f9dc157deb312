package app.postwright.ui.document;

/**
 * Decides when a burst of typing becomes a new undo step, so that undo removes about one word at a time. A step
 * ends when typing moves to another field, or when a word starts after whitespace was typed (the word and its
 * trailing space form one step). Deleting text continues the current step of the same field.
 */
final class TypingCoalescer {
    private String field;
    private boolean afterWhitespace;

    /** True when typing {@code after} (was {@code before}) into {@code fieldKey} must open a new undo step. */
    boolean startsNewStep(String fieldKey, String before, String after) {
        char inserted = insertedChar(before, after);
        boolean startsWord = inserted != 0 && !Character.isWhitespace(inserted);
        boolean newStep = !fieldKey.equals(field) || afterWhitespace && startsWord;
        field = fieldKey;
        if (inserted != 0) {
            afterWhitespace = Character.isWhitespace(inserted);
        }
        return newStep;
    }

    /** Forgets the current burst: the next edit opens a new step (after undo, redo, save or a structure change). */
    void reset() {
        field = null;
        afterWhitespace = false;
    }

    /** The last character inserted by the change, or 0 when the change inserted nothing. */
    private static char insertedChar(String before, String after) {
        if (after.length() <= before.length()) {
            return 0;
        }
        int prefix = 0;
        int limit = before.length();
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int insertedLength = after.length() - before.length();
        return after.charAt(prefix + insertedLength - 1);
    }
}
