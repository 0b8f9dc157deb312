package app.postwright.model;

import java.util.List;
import java.util.Map;

/** A bullet list; each item is one line of inline Markdown. */
public record BulletSection(String heading, boolean visible, List<String> items, Map<String, Object> extra)
        implements Section {

    public BulletSection {
        heading = Text.orEmpty(heading);
        items = Text.copy(items);
        extra = Text.copy(extra);
    }

    public BulletSection(String heading, List<String> items) {
        this(heading, true, items, Map.of());
    }

    @Override
    public BulletSection withHeading(String value) {
        return new BulletSection(value, visible, items, extra);
    }

    @Override
    public BulletSection withVisible(boolean value) {
        return new BulletSection(heading, value, items, extra);
    }

    public BulletSection withItems(List<String> value) {
        return new BulletSection(heading, visible, value, extra);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.bullets(this);
    }
}
