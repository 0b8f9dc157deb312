package app.postwright.ui.files;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@link FilePicker} through the platform's file chooser. */
public final class SystemFilePicker implements FilePicker {
    private static final FileChooser.ExtensionFilter DRAFTS =
            new FileChooser.ExtensionFilter("Postwright drafts (*.json)", "*.json");

    @Override
    public Optional<Path> chooseToOpen(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open draft or import");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Drafts and documents", "*.json", "*.md", "*.markdown", "*.txt",
                        "*.html", "*.htm"),
                DRAFTS,
                new FileChooser.ExtensionFilter("Markdown (*.md)", "*.md", "*.markdown"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseDraftTarget(Window owner, String suggestedName, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save draft");
        chooser.getExtensionFilters().add(DRAFTS);
        chooser.setInitialFileName(suggestedName);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(SystemFilePicker::withJson);
    }

    private static Path withJson(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + ".json");
    }
}
