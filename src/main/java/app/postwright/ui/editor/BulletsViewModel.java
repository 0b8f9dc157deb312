package app.postwright.ui.editor;

import app.postwright.model.BulletSection;
import app.postwright.ui.document.DocumentModel;

import java.util.Arrays;
import java.util.List;

/** Bullet lists: besides the list operations, Enter splits a bullet and pasting several lines makes bullets. */
public final class BulletsViewModel extends ListSectionViewModel<BulletSection, String> {
    public BulletsViewModel(DocumentModel document, int index) {
        super(document, index, BulletSection.class, BulletSection::items, BulletSection::withItems);
    }

    /**
     * Enter at {@code caret} in bullet {@code i}: the text after the caret moves into a new bullet below it.
     */
    public void split(int i, int caret) {
        String text = entries().get(i);
        replaceAndInsert(i, text.substring(0, caret).stripTrailing(), List.of(text.substring(caret).strip()));
    }

    /**
     * Pastes {@code clipboard} over the selection {@code [start, end)} of bullet {@code i}. Returns empty when the
     * clipboard is one line (the text field pastes it normally); otherwise its first line joins the bullet, every
     * further non-blank line becomes a bullet of its own (list markers such as "- " or "1." removed), and the
     * index of the last new bullet is returned.
     */
    public java.util.OptionalInt pasteLines(int i, int start, int end, String clipboard) {
        List<String> lines = Arrays.stream(clipboard.split("\\R")).map(BulletsViewModel::withoutMarker)
                .filter(line -> !line.isBlank()).toList();
        if (lines.size() < 2) {
            return java.util.OptionalInt.empty();
        }
        String text = entries().get(i);
        String head = text.substring(0, start) + lines.get(0);
        List<String> rest = new java.util.ArrayList<>(lines.subList(1, lines.size()));
        int last = rest.size() - 1;
        rest.set(last, rest.get(last) + text.substring(end));
        replaceAndInsert(i, head, rest);
        return java.util.OptionalInt.of(i + rest.size());
    }

    private static String withoutMarker(String line) {
        return line.strip().replaceFirst("^([-*+•]|\\d+[.)])\\s+", "");
    }
}
