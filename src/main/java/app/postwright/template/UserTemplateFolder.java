package app.postwright.template;

import app.postwright.BadInputException;
import app.postwright.draft.DraftCodec;
import app.postwright.model.Posting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The user's own templates: ordinary drafts named ID.json in one folder, each carrying its display name and
 * description in a top-level "template" object (a key the draft format keeps like any other unknown key).
 */
final class UserTemplateFolder {
    /** The top-level draft key holding a user template's {"name", "description"}. */
    static final String METADATA_KEY = "template";
    private static final String SUFFIX = ".json";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final Path folder;
    private final DraftCodec codec;

    UserTemplateFolder(Path folder, DraftCodec codec) {
        this.folder = folder;
        this.codec = codec;
    }

    /**
     * Every template in the folder whose id {@code reserved} does not claim. A file that cannot be read is
     * still listed, with the reason as its description, so that the user sees it and can fix or delete it.
     */
    List<TemplateInfo> list(Predicate<String> reserved) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<TemplateInfo> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                String id = idOf(file);
                if (ID.matcher(id).matches() && !reserved.test(id)) {
                    found.add(describe(id, file));
                }
            }
        } catch (IOException e) {
            throw new BadInputException("Cannot list the templates folder " + folder + ": " + e.getMessage(), e);
        }
        return found;
    }

    Optional<Posting> load(String id) {
        Path file = fileOf(id);
        if (!ID.matcher(id).matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Posting stored = codec.read(file);
        Map<String, Object> extra = new LinkedHashMap<>(stored.extra());
        extra.remove(METADATA_KEY);
        return Optional.of(new Posting(stored.details(), stored.sections(), stored.dismissedFindings(), extra));
    }

    boolean contains(String id) {
        return ID.matcher(id).matches() && Files.exists(fileOf(id));
    }

    TemplateInfo save(String id, Posting posting, String name, String description) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new BadInputException("Cannot create the templates folder " + folder + ": " + e.getMessage(), e);
        }
        Map<String, Object> extra = new LinkedHashMap<>(posting.extra());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name);
        metadata.put("description", description);
        extra.put(METADATA_KEY, metadata);
        codec.save(new Posting(posting.details(), posting.sections(), posting.dismissedFindings(), extra), fileOf(id));
        return new TemplateInfo(id, name, description, false);
    }

    private TemplateInfo describe(String id, Path file) {
        try {
            Object metadata = codec.read(file).extra().get(METADATA_KEY);
            Map<?, ?> fields = metadata instanceof Map<?, ?> map ? map : Map.of();
            return new TemplateInfo(id, textOr(fields.get("name"), id), textOr(fields.get("description"), ""), false);
        } catch (BadInputException e) {
            return new TemplateInfo(id, id, "Cannot be read: " + e.getMessage(), false);
        }
    }

    private static String textOr(Object value, String fallback) {
        return value instanceof String text && !text.isBlank() ? text : fallback;
    }

    private Path fileOf(String id) {
        return folder.resolve(id + SUFFIX);
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }
}
