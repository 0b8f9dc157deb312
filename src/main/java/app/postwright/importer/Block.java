package app.postwright.importer;

import app.postwright.model.Field;
import app.postwright.model.StandardSection;
import app.postwright.render.MarkdownFormat;

import java.util.List;
import java.util.Optional;

/**
 * The document structure both readers (Markdown and plain text) produce and {@link PostingAssembler} turns into a
 * posting. All text is already unescaped: it is what the model stores.
 */
sealed interface Block {

    /** A heading; level 1 is the largest. */
    record Heading(int level, String text) implements Block {
    }

    /** One paragraph of inline Markdown (lines joined by "\n"). */
    record Paragraph(String text) implements Block {
    }

    /** A bullet or numbered list, nesting flattened. */
    record ItemList(List<Item> items) implements Block {
    }

    /** A table's body rows as fields (first column → key, second → value). */
    record Table(List<Field> rows) implements Block {
    }

    /** Says which kind an empty section has; written by the Markdown writer, invisible when rendered. */
    record KindMarker(StandardSection.Kind kind) implements Block {
    }

    /** A list item: its text, and the field it spells when it reads "Key: value". */
    record Item(String text, Optional<Field> keyValue) {

        /** An item from its text; an escaped look-alike ("Key\\: value") is a plain item without the escape. */
        static Item of(String text) {
            Optional<Field> field = MarkdownFormat.keyValue(text);
            return field.isPresent() ? new Item(text, field) : new Item(MarkdownFormat.unescapeKeyValue(text), field);
        }
    }
}
