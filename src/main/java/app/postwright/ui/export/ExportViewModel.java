package app.postwright.ui.export;

import app.postwright.model.Posting;
import app.postwright.render.PageSize;
import app.postwright.render.RenderOptions;
import app.postwright.render.Theme;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The export dialog's state and logic: the choices, their validation, and the export itself as a background
 * {@link Task}. Only one export runs at a time, so a double click on Export writes once. Use on the FX thread.
 */
public final class ExportViewModel {
    private final Posting posting;
    private final ExportJob job;
    private final ExportSettings settings;
    private final Executor executor;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObjectProperty<PageSize> pageSize = new SimpleObjectProperty<>(this, "pageSize");
    private final ObjectProperty<Path> destination = new SimpleObjectProperty<>(this, "destination");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final StringBinding problem;
    private final BooleanBinding canExport;
    private final BooleanBinding replacesFile;

    private Task<Path> current;

    /**
     * @param posting    the posting as it was when the dialog opened
     * @param draftFile  the draft's file, or null for an untitled draft; suggests the destination
     * @param homeFolder where to suggest saving when neither a draft file nor an earlier export folder is known
     * @param executor   runs exports off the FX thread
     */
    public ExportViewModel(Posting posting, Path draftFile, Path homeFolder, ExportJob job, ExportSettings settings,
                           Executor executor) {
        this.posting = posting;
        this.job = job;
        this.settings = settings;
        this.executor = executor;
        ExportChoices last = settings.lastChoices();
        format.set(last.format());
        theme.set(last.theme());
        pageSize.set(last.pageSize());
        destination.set(ExportFileNames.suggest(posting, draftFile, last.folder(), homeFolder, last.format()));
        format.addListener((observable, before, now) -> {
            if (now != null && destination.get() != null) {
                destination.set(ExportFileNames.withExtension(destination.get(), now));
            }
        });
        problem = Bindings.createStringBinding(() -> validate(destination.get(), format.get()), destination, format);
        canExport = problem.isEmpty().and(running.not());
        replacesFile = Bindings.createBooleanBinding(
                () -> destination.get() != null && Files.isRegularFile(destination.get()), destination);
    }

    /** Why the current choices cannot be exported, in one sentence; "" when they can. */
    static String validate(Path target, ExportFormat format) {
        if (format == null) {
            return "Choose a format.";
        }
        if (target == null || target.getFileName() == null) {
            return "Choose where to save the file.";
        }
        if (Files.isDirectory(target)) {
            return target + " is a folder. Add a file name.";
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return "The folder " + folder + " does not exist.";
        }
        return "";
    }

    /**
     * Starts exporting the current choices in the background. Nothing happens (false) when an export is already
     * running or the choices are invalid. On the FX thread afterwards, {@code onExported} receives the written file
     * or {@code onFailed} a readable message naming it; a cancelled export calls neither.
     */
    public boolean export(Consumer<Path> onExported, Consumer<String> onFailed) {
        if (!canExport.get()) {
            return false;
        }
        ExportRequest request = new ExportRequest(posting, format.get(), new RenderOptions(theme.get(), pageSize.get()),
                destination.get().toAbsolutePath());
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage("Exporting " + request.target().getFileName() + "…");
                return job.run(request, this::isCancelled);
            }
        };
        current = task;
        running.set(true);
        progress.bind(task.progressProperty());
        status.bind(task.messageProperty());
        task.stateProperty().addListener((observable, before, state) -> {
            if (isDone(state)) {
                finished(task, request, onExported, onFailed);
            }
        });
        executor.execute(task);
        return true;
    }

    /** Cancels a running export; its file is not written unless it already was. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    private void finished(Task<Path> task, ExportRequest request, Consumer<Path> onExported,
                          Consumer<String> onFailed) {
        progress.unbind();
        status.unbind();
        running.set(false);
        current = null;
        switch (task.getState()) {
            case SUCCEEDED -> {
                progress.set(1);
                status.set("Exported " + request.target().getFileName());
                settings.remember(new ExportChoices(request.format(), request.options().theme(),
                        request.options().pageSize(), request.target().getParent()));
                onExported.accept(task.getValue());
            }
            case CANCELLED -> {
                progress.set(0);
                status.set("Export cancelled");
            }
            default -> {
                progress.set(0);
                String message = ExportFailure.message(request.target(), task.getException());
                status.set(message);
                onFailed.accept(message);
            }
        }
    }

    private static boolean isDone(Worker.State state) {
        return state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<PageSize> pageSizeProperty() {
        return pageSize;
    }

    public ObjectProperty<Path> destinationProperty() {
        return destination;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The running export's progress (-1 while indeterminate), 1 after success. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the export is doing or how it ended, for the status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the choices cannot be exported; "" when they can. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /** True when the destination exists and will be replaced. */
    public BooleanBinding replacesFileProperty() {
        return replacesFile;
    }
}
