package app.postwright.draft;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object of the draft format that keeps the keys this version does not know, in reading order, and writes
 * them back after its known keys (the rule for the top level, details and sections, see docs/draft-format.md).
 */
abstract class ExtensibleDoc {
    private final Map<String, Object> extra = new LinkedHashMap<>();

    @JsonAnySetter
    void putExtra(String key, Object value) {
        extra.put(key, value);
    }

    @JsonAnyGetter
    Map<String, Object> extra() {
        return extra;
    }

    /** Adds {@code values} to the unknown keys; returns this object for chaining in factory methods. */
    @SuppressWarnings("unchecked")
    <T extends ExtensibleDoc> T withExtra(Map<String, Object> values) {
        extra.putAll(values);
        return (T) this;
    }
}
