package app.postwright.draft;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes enum constants as readable lower-case words ("full-time", "on-site", "per-diem") and reads them back,
 * refusing unknown words with a message that lists the allowed ones. The model's enums stay free of Jackson.
 */
final class KebabCaseEnums {
    private KebabCaseEnums() {
    }

    /** "PER_DIEM" → "per-diem". */
    static String wordOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The allowed words of {@code type}, comma-separated, for error messages. */
    static String allowedWords(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(KebabCaseEnums::wordOf).collect(Collectors.joining(", "));
    }

    @SafeVarargs
    static SimpleModule module(Class<? extends Enum<?>>... types) {
        SimpleModule module = new SimpleModule("KebabCaseEnums");
        for (Class<? extends Enum<?>> type : types) {
            register(module, type);
        }
        return module;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void register(SimpleModule module, Class<? extends Enum<?>> type) {
        Class raw = type;
        module.addSerializer(raw, new Writer(raw));
        module.addDeserializer(raw, new Reader(raw));
    }

    private static final class Writer<E extends Enum<E>> extends StdScalarSerializer<E> {
        private static final long serialVersionUID = 1L;

        Writer(Class<E> type) {
            super(type);
        }

        @Override
        public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(wordOf(value));
        }
    }

    private static final class Reader<E extends Enum<E>> extends StdScalarDeserializer<E> {
        private static final long serialVersionUID = 1L;
        private final Class<E> type;

        Reader(Class<E> type) {
            super(type);
            this.type = type;
        }

        @Override
        public E deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(context.handleUnexpectedToken(type, parser));
            }
            String word = parser.getText();
            for (E constant : type.getEnumConstants()) {
                if (wordOf(constant).equals(word)) {
                    return constant;
                }
            }
            throw InvalidFormatException.from(parser, "unknown value", word, type);
        }
    }
}
