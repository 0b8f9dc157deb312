package app.postwright.ui.start;

import app.postwright.model.Posting;
import app.postwright.template.TemplateCatalog;
import app.postwright.template.TemplateInfo;

import java.util.List;

/** The templates the start view offers; the catalog in the app, a fake in tests. */
public interface TemplateSource {
    List<TemplateInfo> list();

    Posting load(String id);

    TemplateInfo saveUserTemplate(Posting posting, String name, String description);

    static TemplateSource of(TemplateCatalog catalog) {
        return new TemplateSource() {
            @Override
            public List<TemplateInfo> list() {
                return catalog.list();
            }

            @Override
            public Posting load(String id) {
                return catalog.load(id);
            }

            @Override
            public TemplateInfo saveUserTemplate(Posting posting, String name, String description) {
                return catalog.saveUserTemplate(posting, name, description);
            }
        };
    }
}
