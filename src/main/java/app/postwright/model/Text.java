package app.postwright.model;

import java.util.List;
import java.util.Map;

/** Null-normalising helpers shared by the model records, so every record holds non-null, immutable values. */
final class Text {
    private Text() {
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static Map<String, Object> copy(Map<String, Object> values) {
        return values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
}
