package app.postwright.ui.export;

import app.postwright.model.Posting;
import javafx.stage.Window;

import java.nio.file.Path;

/**
 * The editor's outward actions: export dialog (HTML, Markdown, PDF in the background with progress and a
 * notification), printing through the system print dialog, and copying the posting as rich text. Outline:
 * implemented in the export work package.
 */
public final class ExportActions {

    /**
     * Shows the export dialog for {@code posting}; {@code draftFile} (may be null for an untitled draft) suggests
     * the destination folder and file name.
     */
    public void showExportDialog(Window owner, Posting posting, Path draftFile) {
        throw new UnsupportedOperationException("TODO: implemented by the export work package");
    }

    /** Prints the posting (the same HTML as the preview) through the system print dialog. */
    public void print(Window owner, Posting posting) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Puts the posting on the clipboard as HTML and plain text, ready to paste into a job board's editor. */
    public void copyAsRichText(Posting posting) {
        throw new UnsupportedOperationException("TODO");
    }
}
