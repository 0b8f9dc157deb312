package app.postwright.draft;

import app.postwright.BadInputException;
import app.postwright.draft.DraftDocument.SectionDoc;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns what Jackson reports about a draft into one user-facing line: "FILE, line L, column C: what was expected".
 * Jackson's own location and path information is kept; its wording, which talks about Java types, is not.
 */
final class DraftErrors {
    static final String TRUNCATED = "the JSON ends too early (is the file truncated?)";
    static final String NOT_TEXT = "not a text file in UTF-8 (is it binary?): expected a Postwright draft (JSON)";

    private DraftErrors() {
    }

    /** A BadInputException for a problem at {@code location} (null or unknown: the file as a whole). */
    static BadInputException at(String source, JsonLocation location, String problem) {
        return new BadInputException(where(source, location) + ": " + problem);
    }

    static String where(String source, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return source;
        }
        return source + ", line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /**
     * @param fallback where the reading parser stood, for errors that carry no location of their own (Jackson's
     *                 stream limits report none)
     */
    static BadInputException translate(String source, JacksonException e, JsonLocation fallback) {
        BadInputException error = at(source, e.getLocation() == null ? fallback : e.getLocation(), describe(e));
        error.initCause(e);
        return error;
    }

    private static String describe(JacksonException e) {
        if (e instanceof StreamConstraintsException) {
            String limit = e.getOriginalMessage();
            if (limit.contains("nesting depth")) {
                return "nested more than " + DraftFormat.MAX_DEPTH + " levels deep; a draft never nests like that";
            }
            if (limit.contains("Number value length")) {
                return "a number has more than " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits";
            }
            return "too large; Postwright reads drafts up to " + DraftFormat.sizeLimitText();
        }
        // Jackson reports an end inside a value as JsonEOFException, an end between object entries as a plain error.
        if (e instanceof JsonEOFException
                || String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
            return TRUNCATED;
        }
        if (e instanceof JsonMappingException mapping) {
            return describeMapping(mapping, path(mapping));
        }
        String message = firstLine(e.getOriginalMessage());
        if (message.startsWith("Duplicate field")) {
            return "duplicate key " + message.substring("Duplicate field ".length()).replace('\'', '"')
                    + "; each key may appear only once in an object";
        }
        if (message.contains("UTF-8") || message.contains("UTF-32") || message.contains("CTRL-CHAR")) {
            return NOT_TEXT;
        }
        return "not valid JSON: " + message;
    }

    private static String describeMapping(JsonMappingException e, String path) {
        if (e instanceof InvalidTypeIdException typeId) {
            String kinds = String.join(", ", SectionDoc.KINDS);
            return typeId.getTypeId() == null
                    ? "missing \"kind\" for " + path + "; expected one of " + kinds
                    : "unknown section kind \"" + typeId.getTypeId() + "\" for " + path + "; expected one of " + kinds;
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? ""
                    : " (known keys: " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ")) + ")";
            return "unknown key \"" + unknown.getPropertyName() + "\" in " + parentPath(path) + known;
        }
        if (e instanceof InvalidNullException) {
            return "null is not allowed for " + path;
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            @SuppressWarnings("unchecked")
            Class<? extends Enum<?>> type = (Class<? extends Enum<?>>) format.getTargetType();
            return "unknown value \"" + format.getValue() + "\" for " + path + "; allowed: "
                    + KebabCaseEnums.allowedWords(type);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + expectedValue(mismatch.getTargetType()) + " for " + path;
        }
        return "unexpected content for " + path + ": " + firstLine(e.getOriginalMessage());
    }

    private static String expectedValue(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "a date written like 2025-01-31";
        }
        if (type.isEnum()) {
            @SuppressWarnings("unchecked")
            Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) type;
            return "one of " + KebabCaseEnums.allowedWords(enumType);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || ExtensibleDoc.class.isAssignableFrom(type)) {
            return "an object {...}";
        }
        return "a different kind of value";
    }

    /** Jackson's reference path as the draft's own notation, e.g. "sections[2].items[0]". */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "the draft" : path.toString();
    }

    private static String parentPath(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "the top level" : path.substring(0, dot);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
