package app.postwright.model;

/** One key–value pair of a {@link FieldsSection}, e.g. "Work Environment" → "Office-based...". */
public record Field(String key, String value) {
    public Field {
        key = Text.orEmpty(key);
        value = Text.orEmpty(value);
    }
}
