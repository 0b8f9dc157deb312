package app.postwright.importer;

import app.postwright.model.Field;
import app.postwright.render.MarkdownEscaping;
import app.postwright.render.MarkdownFormat;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Markdown → {@link Block}s through flexmark's AST. Text is taken from the source as written (it is inline
 * Markdown, which the model keeps) and only the writer's escaping is undone, so a written posting reads back
 * exactly. Thread-safe: flexmark's parser is immutable once built.
 */
final class MarkdownBlocks {
    private final Parser parser;

    MarkdownBlocks() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        this.parser = Parser.builder(options).build();
    }

    List<Block> read(String markdown) {
        Document document = parser.parse(markdown);
        List<Block> blocks = new ArrayList<>();
        addChildren(document, blocks);
        return blocks;
    }

    private static void addChildren(Node parent, List<Block> blocks) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            add(node, blocks);
        }
    }

    private static void add(Node node, List<Block> blocks) {
        if (node instanceof Heading heading) {
            blocks.add(new Block.Heading(heading.getLevel(), MarkdownEscaping.unheading(heading.getText().toString())));
        } else if (node instanceof Paragraph paragraph) {
            blocks.add(new Block.Paragraph(MarkdownEscaping.unblock(sourceLines(paragraph))));
        } else if (node instanceof ListBlock list) {
            List<Block.Item> items = new ArrayList<>();
            addItems(list, items);
            blocks.add(new Block.ItemList(items));
        } else if (node instanceof TableBlock table) {
            blocks.add(new Block.Table(rows(table)));
        } else if (node instanceof Reference reference) {
            MarkdownFormat.markerKind(reference.getReference().toString(), reference.getTitle().toString())
                    .ifPresent(kind -> blocks.add(new Block.KindMarker(kind)));
        } else if (node instanceof BlockQuote) {
            addChildren(node, blocks);
        } else if (!(node instanceof ThematicBreak)) {
            // Code blocks, HTML blocks and anything else: keep the words as a paragraph rather than lose them.
            String text = node.getChars().toString().strip();
            if (!text.isEmpty()) {
                blocks.add(new Block.Paragraph(text));
            }
        }
    }

    /** Items in document order; a nested list's items follow their parent item. */
    private static void addItems(ListBlock list, List<Block.Item> items) {
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem item) {
                List<String> paragraphs = new ArrayList<>();
                List<ListBlock> nested = new ArrayList<>();
                for (Node part = item.getFirstChild(); part != null; part = part.getNext()) {
                    if (part instanceof ListBlock sublist) {
                        nested.add(sublist);
                    } else if (part instanceof Paragraph paragraph) {
                        paragraphs.add(sourceLines(paragraph));
                    } else {
                        paragraphs.add(part.getChars().toString().strip());
                    }
                }
                items.add(Block.Item.of(MarkdownEscaping.unblock(String.join("\n\n", paragraphs))));
                nested.forEach(sublist -> addItems(sublist, items));
            }
        }
    }

    private static List<Field> rows(TableBlock table) {
        List<Field> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (!(section instanceof TableBody)) {
                continue;
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    rows.add(field(row));
                }
            }
        }
        return rows;
    }

    /** First cell → key; the other cells (normally one) → value. */
    private static Field field(Node row) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tableCell) {
                cells.add(MarkdownEscaping.uncell(tableCell.getText().toString()));
            }
        }
        String key = cells.isEmpty() ? "" : cells.get(0);
        String value = cells.size() < 2 ? "" : String.join(" ", cells.subList(1, cells.size()));
        return new Field(key, value);
    }

    /** A paragraph's source lines without the indentation of the container it sits in. */
    private static String sourceLines(Paragraph paragraph) {
        return paragraph.getContentLines().stream()
                .map(BasedSequence::toString)
                .map(MarkdownBlocks::withoutLineEnd)
                .collect(Collectors.joining("\n"));
    }

    private static String withoutLineEnd(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }
}
