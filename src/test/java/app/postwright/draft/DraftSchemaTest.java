package app.postwright.draft;

import app.postwright.model.Posting;
import app.postwright.template.TemplateCatalog;
import app.postwright.template.TemplateInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/draft.schema.json describes what the codec writes and accepts, and every built-in template passes it. */
class DraftSchemaTest {
    private static final Path SCHEMA = Path.of("docs", "draft.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DraftCodec codec = new DraftCodec();
    private final JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(read(SCHEMA));

    static Stream<String> templateIds() {
        return new TemplateCatalog(Path.of("unused")).list().stream().map(TemplateInfo::id);
    }

    @ParameterizedTest
    @MethodSource("templateIds")
    void everyBuiltInTemplateValidates(String id) throws IOException {
        Posting posting = new TemplateCatalog(Path.of("unused")).load(id);

        assertThat(validate(codec.toJson(posting))).isEmpty();
    }

    @Test
    void draftsWithUnknownFieldsValidate() throws IOException {
        assertThat(validate(codec.toJson(SamplePostings.withUnknownFields()))).isEmpty();
        assertThat(validate(codec.toJson(Posting.EMPTY))).isEmpty();
    }

    @Test
    void documentedExampleIsAValidCanonicalDraft() throws IOException {
        String doc = read(Path.of("docs", "draft-format.md"));
        int start = doc.indexOf("```json\n{") + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));

        assertThat(validate(example)).isEmpty();
        assertThat(codec.toJson(codec.parse(example, "draft-format.md"))).isEqualTo(example);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"version\": 1}",
            "{\"format\": \"postwright-draft\", \"version\": 2}",
            "{\"format\": \"postwright-draft\", \"version\": 1, \"details\": {\"employmentType\": \"full_time\"}}",
            "{\"format\": \"postwright-draft\", \"version\": 1, \"details\": {\"company\": {\"nmae\": \"x\"}}}",
            "{\"format\": \"postwright-draft\", \"version\": 1, \"details\": {\"salary\": {\"minimum\": \"9\"}}}",
            "{\"format\": \"postwright-draft\", \"version\": 1, \"sections\": [{\"kind\": \"video\"}]}",
            "{\"format\": \"postwright-draft\", \"version\": 1,\n"
                    + "\"sections\": [{\"kind\": \"bullets\", \"items\": [1]}]}"})
    void draftsTheCodecRefusesFailTheSchemaToo(String json) throws IOException {
        assertThat(validate(json)).isNotEmpty();
    }

    @Test
    void schemaDeclaresEveryKeyTheCodecWrites() throws IOException {
        Set<String> written = new TreeSet<>();
        collectKeys(JSON.readTree(codec.toJson(SamplePostings.full())), written);
        Set<String> declared = new TreeSet<>();
        collectDeclaredProperties(JSON.readTree(read(SCHEMA)), declared);

        assertThat(written).hasSizeGreaterThan(30);
        assertThat(declared).containsAll(written);
    }

    private Set<ValidationMessage> validate(String json) throws IOException {
        return schema.validate(JSON.readTree(json));
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                keys.add(name);
                collectKeys(node.get(name), keys);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectKeys(element, keys));
        }
    }

    private static void collectDeclaredProperties(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null) {
                properties.fieldNames().forEachRemaining(names::add);
            }
            node.forEach(child -> collectDeclaredProperties(child, names));
        } else if (node.isArray()) {
            node.forEach(child -> collectDeclaredProperties(child, names));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
