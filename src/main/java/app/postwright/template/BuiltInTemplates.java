package app.postwright.template;

import app.postwright.draft.DraftCodec;
import app.postwright.model.Posting;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The templates shipped inside the jar: drafts under app/postwright/template/, listed in index.json there. */
final class BuiltInTemplates {
    static final String BLANK_ID = "blank";
    private static final String FOLDER = "/app/postwright/template/";

    private final DraftCodec codec;
    private final List<TemplateInfo> entries;

    BuiltInTemplates(DraftCodec codec) {
        this.codec = codec;
        this.entries = readIndex().stream()
                .map(e -> new TemplateInfo(e.id(), e.name(), e.description(), true))
                .sorted(Comparator.comparing((TemplateInfo t) -> !t.id().equals(BLANK_ID))
                        .thenComparing(TemplateInfo::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Blank first, then by name. */
    List<TemplateInfo> list() {
        return entries;
    }

    boolean contains(String id) {
        return entries.stream().anyMatch(t -> t.id().equals(id));
    }

    Optional<Posting> load(String id) {
        if (!contains(id)) {
            return Optional.empty();
        }
        String json = new String(readResource(id + ".json"), StandardCharsets.UTF_8);
        return Optional.of(codec.parse(json, "built-in template " + id));
    }

    private record IndexEntry(String id, String name, String description) {
    }

    private static List<IndexEntry> readIndex() {
        try {
            return new ObjectMapper().readValue(readResource("index.json"), new TypeReference<List<IndexEntry>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in template index is broken", e);
        }
    }

    /** Resources are part of the build; a missing one is a packaging bug, not bad user input. */
    private static byte[] readResource(String name) {
        try (InputStream in = BuiltInTemplates.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + FOLDER + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + FOLDER + name, e);
        }
    }
}
