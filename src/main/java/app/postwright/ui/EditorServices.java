package app.postwright.ui;

import app.postwright.draft.RecoveryStore;
import app.postwright.ui.export.ExportActions;
import app.postwright.ui.files.DocumentFiles;
import app.postwright.ui.files.FilePicker;
import app.postwright.ui.preview.PreviewRenderer;
import app.postwright.ui.start.TemplateSource;

/**
 * What the window needs from outside: the core services, the export actions and the file chooser, injected so
 * that tests can replace any of them.
 *
 * @param linkOpener opens a link from the preview in the system browser
 * @param recovery   where autosaved copies of the open draft are kept for recovery after a crash
 */
public record EditorServices(DocumentFiles files, TemplateSource templates, PreviewRenderer renderer,
                             ExportActions export, FilePicker filePicker,
                             java.util.function.Consumer<String> linkOpener, RecoveryStore recovery) {
}
