package app.postwright.ui;

import app.postwright.ui.export.ExportActions;
import app.postwright.ui.files.DocumentFiles;
import app.postwright.ui.preview.PreviewRenderer;
import app.postwright.ui.start.TemplateSource;

/** The core services the window uses, injected so that tests can replace any of them. */
public record EditorServices(DocumentFiles files, TemplateSource templates, PreviewRenderer renderer,
                             ExportActions export) {
}
