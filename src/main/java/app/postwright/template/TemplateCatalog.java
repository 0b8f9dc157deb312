package app.postwright.template;

import app.postwright.BadInputException;
import app.postwright.draft.DraftCodec;
import app.postwright.model.Posting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Built-in templates (JSON resources) plus the user's own, saved in a per-user templates folder. */
public final class TemplateCatalog {
    private final BuiltInTemplates builtIns;
    private final UserTemplateFolder userTemplates;

    /** @param userTemplatesDir where user templates are stored (see AppDirectories) */
    public TemplateCatalog(Path userTemplatesDir) {
        this(userTemplatesDir, new DraftCodec());
    }

    public TemplateCatalog(Path userTemplatesDir, DraftCodec codec) {
        this.builtIns = new BuiltInTemplates(codec);
        this.userTemplates = new UserTemplateFolder(userTemplatesDir, codec);
    }

    /** Built-in templates first (blank, then by name), then user templates by name. */
    public List<TemplateInfo> list() {
        List<TemplateInfo> all = new ArrayList<>(builtIns.list());
        userTemplates.list(builtIns::contains).stream()
                .sorted(Comparator.comparing(TemplateInfo::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(all::add);
        return all;
    }

    /** The posting of template {@code id}; BadInputException naming the known ids when there is none. */
    public Posting load(String id) {
        return builtIns.load(id)
                .or(() -> userTemplates.load(id))
                .orElseThrow(() -> new BadInputException("Unknown template \"" + id + "\"; known templates: "
                        + list().stream().map(TemplateInfo::id).collect(Collectors.joining(", "))));
    }

    /**
     * Saves {@code posting} as a user template with a display name and description; returns its entry. The id
     * comes from the name and is new: it never replaces a built-in template or another user template.
     */
    public TemplateInfo saveUserTemplate(Posting posting, String name, String description) {
        if (name == null || name.isBlank()) {
            throw new BadInputException("A template needs a name");
        }
        String id = TemplateIds.unique(name, candidate -> builtIns.contains(candidate)
                || userTemplates.contains(candidate));
        return userTemplates.save(id, posting, name.strip(), description == null ? "" : description.strip());
    }
}
