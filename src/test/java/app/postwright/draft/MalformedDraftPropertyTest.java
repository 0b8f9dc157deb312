package app.postwright.draft;

import app.postwright.BadInputException;
import app.postwright.model.Posting;
import app.postwright.template.TemplateCatalog;
import app.postwright.template.TemplateInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutates valid drafts (every built-in template and a draft with unknown keys) and reads the result from a file:
 * the outcome is a posting that writes back stably, or our one typed error naming the file on one line; never
 * another exception, and the file is never touched. Byte flips, truncation, deletions, inserted JSON tokens, values
 * swapped for other types, deep nesting, duplicate keys and huge strings, one to three of them at a time.
 *
 * <p>500 tries in the normal suite; {@code mvn -o test -Pfuzz} (or {@code -Dpostwright.fuzz.tries=10000}) runs
 * 10,000. The mutations come from a seeded {@link Random} ({@code -Dpostwright.fuzz.seed=N} picks another seed); a
 * failure names the try, the seed and the mutations, so it replays exactly. (A plain seeded loop rather than a
 * property-testing library: jqwik's maintainer asks that AI agents not use it, and this project respects that.)
 */
class MalformedDraftPropertyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DraftCodec CODEC = new DraftCodec();
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"", "null", "true", "-0",
            "1e5", "1e-400", "1e999999999", "\\u0000", "\\", "\"kind\"", "\"text\"", "\u0000", "\uFFFF", "💼", " ",
            "\n", "\"format\": \"postwright-draft\"", "\"version\": 2", "//", "/*", "NaN", "'", "\uFEFF");
    private static final List<String> VALUES = List.of("null", "0", "-1.5", "\"\"", "\"s\"", "[]", "{}", "true",
            "[null]", "{\"kind\": \"faq\"}", "[{\"key\": 1}]", "\"2025-02-30\"", "\"per-diem\"", "\"FULL-TIME\"",
            "1e999", "12345678901234567890", "{\"title\": []}", "[[[]]]");

    private static final Pattern KEY = Pattern.compile("\"[A-Za-z]+\": ");

    private static List<byte[]> seeds;
    private static Path folder;

    private static final int TRIES = Integer.getInteger("postwright.fuzz.tries", 500);
    private static final long SEED = Long.getLong("postwright.fuzz.seed", 20261128L);

    @BeforeAll
    static void prepare() throws IOException {
        TemplateCatalog catalog = new TemplateCatalog(Path.of("unused"));
        List<byte[]> drafts = new ArrayList<>();
        for (TemplateInfo template : catalog.list()) {
            drafts.add(utf8(CODEC.toJson(catalog.load(template.id()))));
        }
        drafts.add(utf8(CODEC.toJson(SamplePostings.withUnknownFields())));
        seeds = drafts;
        folder = Files.createTempDirectory("postwright-fuzz");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void aMutatedDraftReadsAsAPostingOrOurTypedErrorAndStaysUntouched() throws IOException {
        Random random = new Random(SEED);
        for (int attempt = 0; attempt < TRIES; attempt++) {
            byte[] seedDraft = seeds.get(random.nextInt(seeds.size()));
            List<Mutation> mutations = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                mutations.add(randomMutation(random));
            }
            String context = "try " + attempt + " of seed " + SEED + ": " + mutations;
            byte[] bytes = seedDraft;
            for (Mutation mutation : mutations) {
                bytes = mutation.apply(bytes);
            }
            checkOne(bytes, context);
        }
    }

    private static void checkOne(byte[] bytes, String context) throws IOException {
        Path file = Files.write(folder.resolve("fuzz.json"), bytes);
        FileTime modified = Files.getLastModifiedTime(file);

        Posting posting = readOrTypedError(file, context);

        assertThat(Files.readAllBytes(file)).as("the file's bytes after " + context).isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(file)).as(context).isEqualTo(modified);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).as(context).containsExactly(file);
        }
        if (posting != null) {
            String written = CODEC.toJson(posting);
            assertThat(CODEC.toJson(CODEC.parse(written, "again.json"))).as(context).isEqualTo(written);
        }
    }

    /** The posting, or null after a BadInputException with a proper message; anything else fails the test. */
    private static Posting readOrTypedError(Path file, String context) {
        try {
            return CODEC.read(file);
        } catch (BadInputException e) {
            assertThat(e.getMessage()).as(context).startsWith(file.toString()).doesNotContain("\n")
                    .doesNotContain("com.fasterxml").doesNotContain("java.");
            return null;
        }
    }

    /** One random mutation, weighted towards the kinds that reach deepest into the reader. */
    private static Mutation randomMutation(Random random) {
        double at = random.nextDouble();
        int n = random.nextInt(Integer.MAX_VALUE);
        int kind = random.nextInt(17);
        if (kind < 3) {
            return Mutation.flipBit(at, random.nextInt(8));
        } else if (kind < 5) {
            return Mutation.truncate(at);
        } else if (kind < 7) {
            return Mutation.delete(at, 1 + random.nextInt(64));
        } else if (kind < 10) {
            return Mutation.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
        } else if (kind < 13) {
            return Mutation.swapValue(n, VALUES.get(random.nextInt(VALUES.size())));
        } else if (kind < 14) {
            return Mutation.nest(n, List.of(50, 101, 5_000, 100_000).get(random.nextInt(4)), random.nextBoolean());
        } else if (kind < 16) {
            return Mutation.duplicateKey(n);
        }
        return Mutation.hugeString(n, List.of(10_000, 1_000_000, 17_000_000).get(random.nextInt(3)));
    }

    /** One change to a draft's bytes; toString names it, so that a failure says what was done. */
    record Mutation(String name, UnaryOperator<byte[]> change) {
        byte[] apply(byte[] bytes) {
            return bytes.length == 0 ? bytes : change.apply(bytes);
        }

        @Override
        public String toString() {
            return name;
        }

        static Mutation flipBit(double at, int bit) {
            return new Mutation("flip bit " + bit + " at " + at, bytes -> {
                byte[] copy = bytes.clone();
                copy[index(at, bytes.length)] ^= (byte) (1 << bit);
                return copy;
            });
        }

        static Mutation truncate(double at) {
            return new Mutation("truncate at " + at, bytes -> Arrays.copyOf(bytes, index(at, bytes.length)));
        }

        static Mutation delete(double at, int length) {
            return new Mutation("delete " + length + " at " + at, bytes -> {
                int from = index(at, bytes.length);
                int to = Math.min(bytes.length, from + length);
                return concat(Arrays.copyOf(bytes, from), Arrays.copyOfRange(bytes, to, bytes.length));
            });
        }

        static Mutation insert(double at, String token) {
            return new Mutation("insert " + token + " at " + at, bytes -> {
                int i = index(at, bytes.length);
                return concat(Arrays.copyOf(bytes, i), utf8(token), Arrays.copyOfRange(bytes, i, bytes.length));
            });
        }

        /** Replaces the n-th value of the JSON tree (or sets an unknown key) with a value of another shape. */
        static Mutation swapValue(int n, String value) {
            return new Mutation("swap value " + n + " for " + value, bytes -> onTree(bytes, n, (container, key) -> {
                JsonNode replacement = readTree(utf8(value));
                if (container instanceof ObjectNode object) {
                    object.set(key, replacement);
                } else {
                    ((ArrayNode) container).set(Integer.parseInt(key), replacement);
                }
            }));
        }

        /** Wraps the n-th value in {@code depth} arrays or objects. */
        static Mutation nest(int n, int depth, boolean arrays) {
            String open = arrays ? "[" : "{\"a\":";
            String close = arrays ? "]" : "}";
            return new Mutation("nest value " + n + " " + depth + " deep in " + (arrays ? "arrays" : "objects"),
                    bytes -> spliceValue(bytes, n, text -> open.repeat(depth) + text + close.repeat(depth)));
        }

        /** Repeats the n-th key of an object in front of it with another value. */
        static Mutation duplicateKey(int n) {
            return new Mutation("duplicate key " + n, bytes -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                List<Integer> keys = new ArrayList<>();
                Matcher m = KEY.matcher(text);
                while (m.find()) {
                    keys.add(m.start());
                }
                if (keys.isEmpty()) {
                    return bytes;
                }
                int at = keys.get(n % keys.size());
                String key = text.substring(at, text.indexOf(':', at) + 1);
                return utf8(text.substring(0, at) + key + " null, " + text.substring(at));
            });
        }

        /** Replaces the n-th value with a string of {@code length} characters (past the 16 MB limit at most). */
        static Mutation hugeString(int n, int length) {
            return new Mutation("string of " + length + " for value " + n,
                    bytes -> spliceValue(bytes, n, text -> "\"" + "é".repeat(length / 2) + "\""));
        }

        private static int index(double at, int length) {
            return Math.min(length - 1, (int) (at * length));
        }
    }

    @FunctionalInterface
    private interface ValueChange {
        void change(JsonNode container, String key);
    }

    /**
     * Applies {@code change} to the n-th value of the parsed draft (modulo their number). Drafts that earlier
     * mutations broke stay as they are: these mutations need a tree to work on.
     */
    private static byte[] onTree(byte[] bytes, int n, ValueChange change) {
        JsonNode root = readTree(bytes);
        if (root == null || !root.isContainerNode()) {
            return bytes;
        }
        List<Slot> slots = new ArrayList<>();
        collectSlots(root, slots);
        Slot slot = slots.get(n % slots.size());
        change.change(slot.container(), slot.key());
        return utf8(root.toPrettyString());
    }

    /** Replaces the n-th value by {@code wrap} of its JSON text, through a placeholder string. */
    private static byte[] spliceValue(byte[] bytes, int n, UnaryOperator<String> wrap) {
        String placeholder = "@@value@@";
        String[] original = new String[1];
        byte[] marked = onTree(bytes, n, (container, key) -> {
            JsonNode old = container instanceof ObjectNode o ? o.get(key) : container.get(Integer.parseInt(key));
            original[0] = old == null ? "null" : old.toString();
            if (container instanceof ObjectNode object) {
                object.put(key, placeholder);
            } else {
                ((ArrayNode) container).set(Integer.parseInt(key), placeholder);
            }
        });
        if (original[0] == null) {
            return bytes;
        }
        String text = new String(marked, StandardCharsets.UTF_8);
        return utf8(text.replace("\"" + placeholder + "\"", wrap.apply(original[0])));
    }

    /** Where a value sits: an object and its key, or an array and the index as text. */
    private record Slot(JsonNode container, String key) {
    }

    /** Every (container, key or index) pair of the tree, plus one unknown key per object. */
    private static void collectSlots(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> slots.add(new Slot(object, name)));
            slots.add(new Slot(object, "unknownKey"));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, Integer.toString(i)));
            }
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            collectSlots(children.next(), slots);
        }
    }

    /** The tree of a draft that still parses as plain JSON, else null. */
    private static JsonNode readTree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException notJsonAnyMore) {
            return null;
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
