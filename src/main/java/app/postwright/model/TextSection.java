package app.postwright.model;

import java.util.Map;

/** Free text: paragraphs separated by blank lines, each with inline Markdown (bold, italic, links). */
public record TextSection(String heading, boolean visible, String text, Map<String, Object> extra) implements Section {

    public TextSection {
        heading = Text.orEmpty(heading);
        text = Text.orEmpty(text);
        extra = Text.copy(extra);
    }

    public TextSection(String heading, String text) {
        this(heading, true, text, Map.of());
    }

    @Override
    public TextSection withHeading(String value) {
        return new TextSection(value, visible, text, extra);
    }

    @Override
    public TextSection withVisible(boolean value) {
        return new TextSection(heading, value, text, extra);
    }

    public TextSection withText(String value) {
        return new TextSection(heading, visible, value, extra);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.text(this);
    }
}
