package app.postwright.ui;

import app.postwright.draft.RecoveryStore;
import app.postwright.ui.export.ExportActions;
import app.postwright.ui.files.DocumentFiles;
import app.postwright.ui.files.FilePicker;
import app.postwright.ui.preview.PreviewRenderer;
import app.postwright.ui.start.TemplateSource;

import java.util.function.Supplier;

/**
 * What the window needs from outside: the core services, the export actions and the file chooser, injected so
 * that tests can replace any of them.
 *
 * @param export     the export actions, asked for on first use: they load openhtmltopdf and PDFBox, which the first
 *                   window should not wait for
 * @param linkOpener opens a link from the preview in the system browser
 * @param recovery   where autosaved copies of the open draft are kept for recovery after a crash
 */
public record EditorServices(DocumentFiles files, TemplateSource templates, PreviewRenderer renderer,
                             Supplier<ExportActions> export, FilePicker filePicker,
                             java.util.function.Consumer<String> linkOpener, RecoveryStore recovery) {
}
