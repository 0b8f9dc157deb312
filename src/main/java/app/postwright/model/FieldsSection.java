package app.postwright.model;

import java.util.List;
import java.util.Map;

/** Key–value fields such as the seed's "Additional Information"; values hold inline Markdown. */
public record FieldsSection(String heading, boolean visible, List<Field> fields, Map<String, Object> extra)
        implements Section {

    public FieldsSection {
        heading = Text.orEmpty(heading);
        fields = Text.copy(fields);
        extra = Text.copy(extra);
    }

    public FieldsSection(String heading, List<Field> fields) {
        this(heading, true, fields, Map.of());
    }

    @Override
    public FieldsSection withHeading(String value) {
        return new FieldsSection(value, visible, fields, extra);
    }

    @Override
    public FieldsSection withVisible(boolean value) {
        return new FieldsSection(heading, value, fields, extra);
    }

    public FieldsSection withFields(List<Field> value) {
        return new FieldsSection(heading, visible, value, extra);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.fields(this);
    }
}
