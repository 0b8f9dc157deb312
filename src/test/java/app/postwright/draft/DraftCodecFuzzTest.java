package app.postwright.draft;

import app.postwright.BadInputException;
import app.postwright.model.Posting;
import app.postwright.template.TemplateCatalog;
import app.postwright.template.TemplateInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Mutates valid drafts at random (seeded, so failures repeat) and asserts that reading them either works, and then
 * writes stably, or fails with our one typed error: never another exception, never a multi-line message. Run longer
 * with {@code -Dpostwright.fuzz.cases=10000}.
 */
class DraftCodecFuzzTest {
    private static final int CASES = Integer.getInteger("postwright.fuzz.cases", 600);
    private static final String[] SNIPPETS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-0", "1e5",
        "1e-400", "\\u0000", "\\", "\"kind\"", "\"text\"", "\u0000", "\uFFFF", "💼", " ", "\n"};
    private static final String[] VALUES = {"null", "0", "-1.5", "\"\"", "\"s\"", "[]", "{}", "true", "[null]",
        "{\"kind\": \"faq\"}", "[{\"key\": 1}]", "\"2025-02-30\"", "\"per-diem\"", "1e999", "12345678901234567890"};

    private final DraftCodec codec = new DraftCodec();
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> seeds = seedDrafts();

    @Test
    void textMutationsGiveAPostingOrOurTypedError() {
        Random random = new Random(20250131L);
        for (int i = 0; i < CASES; i++) {
            String seed = seeds.get(random.nextInt(seeds.size()));
            check(mutateText(seed, random), "text mutation " + i);
        }
    }

    @Test
    void valueMutationsGiveAPostingOrOurTypedError() throws Exception {
        Random random = new Random(424242L);
        for (int i = 0; i < CASES; i++) {
            JsonNode tree = json.readTree(seeds.get(random.nextInt(seeds.size())));
            replaceRandomValue(tree, random);
            check(json.writeValueAsString(tree), "value mutation " + i);
        }
    }

    private void check(String mutated, String name) {
        Posting posting;
        try {
            posting = codec.parse(mutated, "fuzz.json");
        } catch (BadInputException e) {
            assertThat(e.getMessage()).as(name).startsWith("fuzz.json").doesNotContain("\n");
            return;
        } catch (RuntimeException | StackOverflowError e) {
            fail(name + " threw " + e + " for:\n" + mutated, e);
            return;
        }
        String written = codec.toJson(posting);
        assertThat(codec.toJson(codec.parse(written, "again.json"))).as(name).isEqualTo(written);
    }

    private static String mutateText(String text, Random random) {
        int at = random.nextInt(text.length());
        int end = Math.min(text.length(), at + 1 + random.nextInt(40));
        return switch (random.nextInt(5)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + text.substring(end);
            case 2 -> text.substring(0, at) + SNIPPETS[random.nextInt(SNIPPETS.length)] + text.substring(at);
            case 3 -> text.substring(0, at) + (char) random.nextInt(0x3000) + text.substring(at + 1);
            default -> text.substring(0, end) + text.substring(at);
        };
    }

    private void replaceRandomValue(JsonNode root, Random random) throws Exception {
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        JsonNode value = json.readTree(VALUES[random.nextInt(VALUES.length)]);
        if (container instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = random.nextInt(8) == 0 ? "unknown" + random.nextInt(3)
                    : names.get(random.nextInt(names.size()));
            object.set(name, value);
        } else if (container instanceof ArrayNode array && array.size() > 0) {
            array.set(random.nextInt(array.size()), value);
        } else if (container instanceof ArrayNode array) {
            array.add(value);
        }
    }

    private static void collectContainers(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                collectContainers(children.next(), out);
            }
        }
    }

    private List<String> seedDrafts() {
        TemplateCatalog catalog = new TemplateCatalog(Path.of("unused"));
        List<String> drafts = new ArrayList<>();
        for (TemplateInfo template : catalog.list()) {
            drafts.add(codec.toJson(catalog.load(template.id())));
        }
        drafts.add(codec.toJson(SamplePostings.withUnknownFields()));
        return drafts;
    }
}
