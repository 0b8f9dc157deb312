package app.postwright.ui.files;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for files; the system file chooser in the app, a fixed answer in tests. */
public interface FilePicker {
    /** A draft, Markdown, text or HTML file to open. */
    Optional<Path> chooseToOpen(Window owner);

    /** Where to save a draft; {@code suggestedName} pre-fills the name. */
    Optional<Path> chooseDraftTarget(Window owner, String suggestedName, Path folder);
}
