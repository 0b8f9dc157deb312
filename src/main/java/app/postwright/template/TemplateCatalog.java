package app.postwright.template;

import app.postwright.model.Posting;

import java.nio.file.Path;
import java.util.List;

/** Built-in templates (JSON resources) plus the user's own, saved in a per-user templates folder. */
public final class TemplateCatalog {

    /** @param userTemplatesDir where user templates are stored (see AppDirectories) */
    public TemplateCatalog(Path userTemplatesDir) {
    }

    /** Built-in templates first (blank, then by name), then user templates by name. */
    public List<TemplateInfo> list() {
        throw new UnsupportedOperationException("TODO: implemented by the draft work package");
    }

    /** The posting of template {@code id}; BadInputException naming the known ids when there is none. */
    public Posting load(String id) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Saves {@code posting} as a user template with a display name and description; returns its entry. */
    public TemplateInfo saveUserTemplate(Posting posting, String name, String description) {
        throw new UnsupportedOperationException("TODO");
    }
}
