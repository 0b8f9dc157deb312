package app.postwright.ui;

import app.postwright.Lazy;
import app.postwright.draft.DraftCodec;
import app.postwright.draft.RecoveryStore;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stand-ins for templates and the file chooser, so window tests control every answer; files are real. */
final class FakeServices {
    final List<String> openedLinks = new CopyOnWriteArrayList<>();
    Path nextSaveTarget;
    /** An empty recovery folder of its own, so no window test meets another's autosaved drafts. */
    final RecoveryStore recovery = new RecoveryStore(temporaryFolder(), new DraftCodec(), Clock.systemUTC());

    EditorServices services(PreviewRenderer renderer) {
        return services(renderer, templates());
    }

    EditorServices services(PreviewRenderer renderer, TemplateSource templates) {
        ExportActions export = new ExportActions();
        return new EditorServices(files(), templates, renderer, () -> export, picker(), openedLinks::add, recovery);
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("postwright-recovery");
            folder.toFile().deleteOnExit();
            return folder.resolve("recovery");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real file layer: drafts through DraftCodec, Markdown through the importer. */
    private static DocumentFiles files() {
        DraftCodec codec = new DraftCodec();
        return new CoreDocumentFiles(codec, new DocumentReader(codec, new Lazy<>(PostingImporter::new)));
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
