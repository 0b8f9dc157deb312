package app.postwright.importer;

import app.postwright.render.MarkdownFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text → {@link Block}s, for postings pasted from a web page or a word processor, where structure shows only
 * in line shapes:
 * <ul>
 *   <li>the first line is the title when it looks like a heading;</li>
 *   <li>a heading is a short line without terminal punctuation, optionally ending in ":" — unless the next line is
 *       a list item, then it is the list's lead-in; a question in Title Case ("What Does a Developer Do?") is a
 *       heading too, outside an FAQ;</li>
 *   <li>"-", "*", "•" or "1." lines are list items (indentation, i.e. nesting, is flattened);</li>
 *   <li>two or more consecutive "Key: value" lines are fields;</li>
 *   <li>in an FAQ section (its heading says FAQ or Questions, or its first line is a question) a line ending in
 *       "?" is a question and the lines after it its answer.</li>
 * </ul>
 * Consecutive text lines form one paragraph (joined by "\n"); blank lines separate paragraphs.
 */
final class PlainTextBlocks {
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•–—▪◦]|\\d{1,3}[.)])\\s+(.*)$");
    private static final Pattern FAQ_HEADING = Pattern.compile("(?i)\\bfaqs?\\b|frequently asked|questions");
    private static final int MAX_HEADING_LENGTH = 80;
    private static final int MAX_HEADING_WORDS = 12;

    List<Block> read(String text) {
        List<String> lines = text.lines().map(String::strip).toList();
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        while (start < lines.size() && lines.get(start).isEmpty()) {
            start++;
        }
        if (start < lines.size() && isHeading(lines, start)) {
            blocks.add(new Block.Heading(1, headingText(lines.get(start))));
            start++;
        }
        List<String> content = new ArrayList<>();
        boolean faq = false;
        boolean sectionHasText = false;
        String previous = "";
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean answerLine = faq && isQuestion(previous);
            boolean firstLine = !sectionHasText;
            boolean heading = !line.isEmpty() && !answerLine && !(faq && isQuestion(line))
                    && (isHeading(lines, i) || !faq && !firstLine && isTitleCaseQuestion(line));
            if (heading) {
                addContent(blocks, content, faq);
                content.clear();
                String title = headingText(line);
                blocks.add(new Block.Heading(2, title));
                faq = FAQ_HEADING.matcher(title).find();
                sectionHasText = false;
            } else {
                faq = faq || firstLine && isQuestion(line);
                content.add(line);
                sectionHasText = sectionHasText || !line.isEmpty();
            }
            if (!line.isEmpty()) {
                previous = line;
            }
        }
        addContent(blocks, content, faq);
        return blocks;
    }

    private static boolean isHeading(List<String> lines, int index) {
        String line = lines.get(index);
        if (line.isEmpty() || line.length() > MAX_HEADING_LENGTH || line.split("\\s+").length > MAX_HEADING_WORDS
                || BULLET.matcher(line).matches() || !Character.isLetterOrDigit(line.codePointAt(0))
                || ".!?,;".indexOf(line.charAt(line.length() - 1)) >= 0 || isFieldRun(lines, index)) {
            return false;
        }
        return !line.endsWith(":") || !introducesList(lines, index);
    }

    private static boolean introducesList(List<String> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                return BULLET.matcher(lines.get(i)).matches();
            }
        }
        return false;
    }

    /** A "Key: value" line next to another one; a lone one is as likely a heading with a subtitle. */
    private static boolean isFieldRun(List<String> lines, int index) {
        return isField(lines.get(index)) && (index > 0 && isField(lines.get(index - 1))
                || index + 1 < lines.size() && isField(lines.get(index + 1)));
    }

    private static boolean isField(String line) {
        return !BULLET.matcher(line).matches() && MarkdownFormat.keyValue(line).isPresent();
    }

    private static boolean isQuestion(String line) {
        return line.endsWith("?") && !BULLET.matcher(line).matches();
    }

    /** "What Does a Backend Systems Developer Do?": every word longer than three letters capitalised. */
    private static boolean isTitleCaseQuestion(String line) {
        if (!isQuestion(line) || line.length() > MAX_HEADING_LENGTH) {
            return false;
        }
        String[] words = line.substring(0, line.length() - 1).split("\\s+");
        if (words.length < 3) {
            return false;
        }
        for (String word : words) {
            if (word.length() > 3 && !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static String headingText(String line) {
        return line.endsWith(":") ? line.substring(0, line.length() - 1).strip() : line;
    }

    /** One section's lines → paragraphs, lists, field lists, or (in an FAQ) question headings and answers. */
    private static void addContent(List<Block> blocks, List<String> lines, boolean faq) {
        List<String> paragraph = new ArrayList<>();
        List<Block.Item> items = new ArrayList<>();
        boolean fields = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher bullet = BULLET.matcher(line);
            boolean field = !bullet.matches() && isFieldRun(lines, i);
            if (line.isEmpty()) {
                flushParagraph(blocks, paragraph);
                continue;
            }
            if (bullet.matches() || field) {
                flushParagraph(blocks, paragraph);
                if (!items.isEmpty() && fields != field) {
                    flushItems(blocks, items);
                }
                fields = field;
                items.add(Block.Item.of(field ? line : bullet.group(1)));
                continue;
            }
            flushItems(blocks, items);
            if (faq && isQuestion(line)) {
                flushParagraph(blocks, paragraph);
                blocks.add(new Block.Heading(3, line));
            } else {
                paragraph.add(line);
            }
        }
        flushParagraph(blocks, paragraph);
        flushItems(blocks, items);
    }

    private static void flushParagraph(List<Block> blocks, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Block.Paragraph(String.join("\n", paragraph)));
            paragraph.clear();
        }
    }

    private static void flushItems(List<Block> blocks, List<Block.Item> items) {
        if (!items.isEmpty()) {
            blocks.add(new Block.ItemList(List.copyOf(items)));
            items.clear();
        }
    }
}
