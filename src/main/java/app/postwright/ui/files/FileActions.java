package app.postwright.ui.files;

import app.postwright.draft.FileStamp;
import app.postwright.draft.VersionedPosting;
import app.postwright.model.Posting;
import app.postwright.ui.DialogStyle;
import app.postwright.ui.Settings;
import app.postwright.ui.document.DocumentModel;
import app.postwright.ui.start.TemplateSource;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The File menu's commands: new from template, open (drafts and imports), save, save as, save as template, and
 * the unsaved-changes question before anything replaces or closes the document. File work runs in the background.
 */
public final class FileActions {
    private final DocumentModel document;
    private final DocumentFiles files;
    private final TemplateSource templates;
    private final FilePicker picker;
    private final Settings settings;
    private final Supplier<Window> owner;
    private final Background background;
    private final Runnable onDocumentLoaded;
    private final Consumer<String> status;

    /**
     * @param onDocumentLoaded called after a document was opened or created (the window shows the editor)
     * @param status           shows a short message in the status bar
     */
    public FileActions(DocumentModel document, DocumentFiles files, TemplateSource templates, FilePicker picker,
                       Settings settings, Supplier<Window> owner, Runnable onDocumentLoaded,
                       Consumer<String> status) {
        this.document = document;
        this.files = files;
        this.templates = templates;
        this.picker = picker;
        this.settings = settings;
        this.owner = owner;
        this.background = new Background(owner);
        this.onDocumentLoaded = onDocumentLoaded;
        this.status = status;
    }

    public Background background() {
        return background;
    }

    /** The document's name for the title bar: its file name, or "Untitled". */
    public static String displayName(Path file) {
        return file == null ? "Untitled" : file.getFileName().toString();
    }

    public void newFromTemplate(String templateId) {
        whenChangesAreSafe(() -> background.run("Could not open the template", () -> templates.load(templateId),
                posting -> {
                    document.load(posting, null);
                    onDocumentLoaded.run();
                    status.accept("New posting from a template");
                }));
    }

    public void openWithDialog() {
        whenChangesAreSafe(() -> picker.chooseToOpen(owner.get()).ifPresent(this::read));
    }

    /** Opens a draft, or imports a Markdown/text/HTML file as a new untitled draft. */
    public void open(Path file) {
        whenChangesAreSafe(() -> read(file));
    }

    private void read(Path file) {
        background.run("Could not open " + file.getFileName(), () -> files.open(file), read -> {
            boolean draft = files.isDraft(file);
            if (read.isNewer()) {
                document.loadReadOnly(read.posting(), file, newerDraftNotice(file, read));
            } else {
                document.load(read.posting(), draft ? file : null);
            }
            if (draft) {
                settings.addRecentFile(file);
            }
            onDocumentLoaded.run();
            status.accept(openedMessage(file, draft, read));
        });
    }

    private static String openedMessage(Path file, boolean draft, VersionedPosting read) {
        if (read.isNewer()) {
            return "Opened " + file + " read-only";
        }
        return draft ? "Opened " + file : "Imported " + file.getFileName() + " as a new draft";
    }

    /** The notice above the form of a draft from a newer Postwright. */
    private static String newerDraftNotice(Path file, VersionedPosting read) {
        return file.getFileName() + " was written by a newer version of Postwright (format " + read.formatVersion()
                + "). It is open read-only so that nothing in it is lost. Export and copy still work; "
                + "use Save As\u2026 to keep a copy in this version's format.";
    }

    public void save() {
        save(() -> { });
    }

    /**
     * Saves to the document's file (asking for one if it has none, or if the document is read-only: its file is
     * never written), then runs {@code onSaved}.
     */
    public void save(Runnable onSaved) {
        if (document.file() == null || document.isReadOnly()) {
            saveAs(onSaved);
        } else {
            write(document.file(), onSaved);
        }
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    private void saveAs(Runnable onSaved) {
        Path current = document.file();
        picker.chooseDraftTarget(owner.get(), suggestedName(), current == null ? null : current.getParent())
                .ifPresent(target -> write(target, onSaved));
    }

    private void write(Path target, Runnable onSaved) {
        Posting posting = document.posting();
        String failureTitle = "Could not save " + target.getFileName();
        background.run(() -> {
            files.save(posting, target);
            return target;
        }, saved -> afterSave(posting, saved, onSaved), error -> {
            if (error instanceof FileStamp.FileChangedException changed) {
                askBeforeOverwriting(changed, posting, target, onSaved);
            } else {
                background.showError(failureTitle, error);
            }
        });
    }

    /** Someone else changed the file since it was opened: overwrite it, save elsewhere, or leave it. */
    private void askBeforeOverwriting(FileStamp.FileChangedException changed, Posting posting, Path target,
                                      Runnable onSaved) {
        switch (FileChangedPrompt.ask(owner.get(), changed.getMessage())) {
            case OVERWRITE -> background.run("Could not save " + target.getFileName(), () -> {
                files.overwrite(posting, target);
                return target;
            }, saved -> afterSave(posting, saved, onSaved));
            case SAVE_AS -> saveAs(onSaved);
            case CANCEL -> status.accept("Not saved: " + target.getFileName() + " was changed elsewhere");
        }
    }

    private void afterSave(Posting posting, Path saved, Runnable onSaved) {
        document.markSaved(posting, saved);
        settings.addRecentFile(saved);
        status.accept("Saved " + saved);
        onSaved.run();
    }

    /** Asks for a name and description, then stores the current posting in the user's templates. */
    public void saveAsTemplate() {
        TextField name = new TextField(document.posting().details().title());
        name.setId("template-name");
        name.setPromptText("Template name");
        TextArea description = new TextArea();
        description.setId("template-description");
        description.setPromptText("What the template is for");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogStyle.owned(dialog, owner.get());
        dialog.setTitle("Save as template");
        dialog.setHeaderText("Save this posting as a template for new postings");
        dialog.getDialogPane().setContent(new VBox(8, name, description));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        Posting posting = document.posting();
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> background.run("Could not save template",
                () -> templates.saveUserTemplate(posting, name.getText().strip(), description.getText().strip()),
                info -> status.accept("Saved template \"" + info.name() + "\"")));
    }

    /**
     * Runs {@code action} once unsaved changes are safe: at once when there are none, after saving when the user
     * chooses Save, straight away on Don't Save, never on Cancel.
     */
    public void whenChangesAreSafe(Runnable action) {
        if (!document.isDirty()) {
            action.run();
            return;
        }
        switch (UnsavedChangesPrompt.ask(owner.get(), displayName(document.file()))) {
            case SAVE -> save(action);
            case DISCARD -> action.run();
            case CANCEL -> status.accept("Kept the unsaved changes");
        }
    }

    private String suggestedName() {
        if (document.file() != null && document.isReadOnly()) {
            // The read-only file itself cannot be the target; offer a name next to it.
            return document.file().getFileName().toString().replaceFirst("(?i)\\.json$", "") + "-copy.json";
        }
        if (document.file() != null) {
            return document.file().getFileName().toString();
        }
        String title = document.posting().details().title().strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return (title.isEmpty() ? "posting" : title) + ".json";
    }
}
