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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stand-ins for templates, imports and the file chooser, so window tests control every answer; drafts are real. */
final class FakeServices {
    final Map<Path, Posting> disk = new ConcurrentHashMap<>();
    final List<String> openedLinks = new CopyOnWriteArrayList<>();
    Path nextSaveTarget;

    EditorServices services(PreviewRenderer renderer) {
        return new EditorServices(files(), templates(), renderer, new ExportActions(), picker(), openedLinks::add);
    }

    /** Real drafts on disk (DraftCodec); files registered in {@link #disk} open as the posting given there. */
    private DocumentFiles files() {
        DraftCodec codec = new DraftCodec();
        DocumentFiles real = new CoreDocumentFiles(codec, new DocumentReader(codec, new PostingImporter()));
        return new DocumentFiles() {
            @Override
            public Posting open(Path file) {
                Posting registered = disk.get(file);
                return registered != null ? registered : real.open(file);
            }

            @Override
            public boolean isDraft(Path file) {
                return real.isDraft(file);
            }

            @Override
            public void save(Posting posting, Path file) {
                real.save(posting, file);
            }
        };
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
