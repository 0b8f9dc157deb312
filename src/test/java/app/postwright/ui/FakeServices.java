package app.postwright.ui;

import app.postwright.draft.DraftCodec;
import app.postwright.importer.DocumentReader;
import app.postwright.importer.PostingImporter;
import app.postwright.model.Posting;
import app.postwright.template.TemplateInfo;
import app.postwright.ui.export.ExportActions;
import app.postwright.ui.files.CoreDocumentFiles;
import app.postwright.ui.files.DocumentFiles;
import app.postwright.ui.files.FilePicker;
import app.postwright.ui.preview.PreviewRenderer;
import app.postwright.ui.start.TemplateSource;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stand-ins for templates and the file chooser, so window tests control every answer; files are real. */
final class FakeServices {
    final List<String> openedLinks = new CopyOnWriteArrayList<>();
    Path nextSaveTarget;

    EditorServices services(PreviewRenderer renderer) {
        return services(renderer, templates());
    }

    EditorServices services(PreviewRenderer renderer, TemplateSource templates) {
        ExportActions export = new ExportActions();
        return new EditorServices(files(), templates, renderer, () -> export, picker(), openedLinks::add);
    }

    /** The real file layer: drafts through DraftCodec, Markdown through the importer. */
    private static DocumentFiles files() {
        DraftCodec codec = new DraftCodec();
        return new CoreDocumentFiles(codec, new DocumentReader(codec, new PostingImporter()));
    }

    private static TemplateSource templates() {
        return new TemplateSource() {
            @Override
            public List<TemplateInfo> list() {
                return List.of(new TemplateInfo("blank", "Blank posting", "Start from an empty posting.", true),
                        new TemplateInfo("backend", "Backend Systems Developer", "Server-side role.", true));
            }

            @Override
            public Posting load(String id) {
                return id.equals("blank") ? Posting.EMPTY : TestPostings.backendDeveloper();
            }

            @Override
            public TemplateInfo saveUserTemplate(Posting posting, String name, String description) {
                return new TemplateInfo("user-" + name, name, description, false);
            }
        };
    }

    private FilePicker picker() {
        return new FilePicker() {
            @Override
            public Optional<Path> chooseToOpen(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseDraftTarget(Window owner, String suggestedName, Path folder) {
                return Optional.ofNullable(nextSaveTarget);
            }
        };
    }
}
