package app.postwright.ui;

import app.postwright.draft.RecoveryStore;
import app.postwright.ui.action.MainMenu;
import app.postwright.ui.action.UndoKeys;
import app.postwright.ui.action.WindowCommands;
import app.postwright.ui.check.ChecksDock;
import app.postwright.ui.check.ChecksIndicator;
import app.postwright.ui.check.ChecksPanel;
import app.postwright.ui.check.ChecksViewModel;
import app.postwright.ui.check.FindingNavigator;
import app.postwright.ui.document.DocumentModel;
import app.postwright.ui.files.FileActions;
import app.postwright.ui.outline.OutlineViewModel;
import app.postwright.ui.preview.PreviewOptions;
import app.postwright.ui.preview.PreviewPanel;
import app.postwright.ui.recovery.Autosave;
import app.postwright.ui.recovery.RecoveryPrompt;
import app.postwright.ui.start.StartView;
import impl.org.controlsfx.skin.DecorationPane;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The editor window: menu bar, then either the start view or outline | form | preview, and the status bar. It
 * wires the view-models to the views; the logic lives in the view-models and the core.
 */
public final class MainWindow implements WindowCommands {
    private final Stage stage;
    private final Settings settings;
    private final EditorServices services;
    private final DocumentModel document = new DocumentModel();
    private final OutlineViewModel outline = new OutlineViewModel(document);
    private final PreviewOptions previewOptions = new PreviewOptions();
    private final ObjectProperty<AppTheme> appTheme = new SimpleObjectProperty<>(AppTheme.LIGHT);
    private final BooleanProperty showingStart = new SimpleBooleanProperty(true);
    private final StackPane content = new StackPane();
    private final StatusBar statusBar = new StatusBar(document);
    private final BooleanProperty checksShown = new SimpleBooleanProperty(true);
    private final ChecksViewModel checks;
    private final FileActions files;
    private final Autosave autosave;
    private final StartView startView;
    /** Built on first use: the start view comes up without waiting for WebKit. */
    private EditorView editorView;
    /** The read-only notice (if any), the editor and the checks panel below it; built with the editor view. */
    private VBox editorArea;
    private ChecksPanel checksPanel;
    private final Scene scene;

    public MainWindow(Stage stage, Settings settings, EditorServices services) {
        this.stage = stage;
        this.settings = settings;
        this.services = services;
        files = new FileActions(document, services.files(), services.templates(), services.filePicker(), settings,
                () -> stage, this::showEditor, statusBar::show);
        autosave = new Autosave(document, services.recovery(), Autosave.DELAY,
                message -> Platform.runLater(() -> statusBar.show(message)));
        startView = new StartView(services.templates(), settings::recentFiles, files::newFromTemplate,
                files::openWithDialog, files::open, files.background());

        checks = ChecksViewModel.inBackground(document, settings);
        ChecksIndicator checksIndicator = new ChecksIndicator(checks, this::showChecksPanel);
        checksIndicator.visibleProperty().bind(showingStart.not());
        statusBar.showDocumentStateWhile(showingStart.not());
        statusBar.addIndicator(checksIndicator);
        loadSettings();
        MainMenu menu = new MainMenu(files, document, outline, settings, this, showingStart);
        BorderPane root = new BorderPane(content);
        root.setId("main-window");
        root.getStyleClass().add("postwright");
        root.setTop(menu.build(previewOptions, appTheme, checksShown));
        root.setBottom(statusBar);
        // ControlsFX decorations need a DecorationPane above the form; without one it swaps the scene root on the
        // first decoration, which detaches the window's nodes for a moment and breaks their CSS lookups.
        DecorationPane decorationPane = new DecorationPane();
        decorationPane.setRoot(root);
        scene = new Scene(decorationPane);
        UndoKeys.install(scene, document);
        acceptDroppedFiles();
        applyAppTheme();
        appTheme.addListener((obs, old, value) -> applyAppTheme());

        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, document.fileProperty(),
                document.dirtyProperty(), document.readOnlyProperty(), showingStart));
        // Leaving the window (to another app, or as the laptop suspends) is a good moment to keep a copy.
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                autosave.saveNow();
            }
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        WindowBounds.restore(stage, settings);
        showStart();
    }

    public Stage stage() {
        return stage;
    }

    public DocumentModel document() {
        return document;
    }

    /** The preview; null until a document was shown. */
    public PreviewPanel preview() {
        return editorView == null ? null : editorView.preview();
    }

    /** Opens a file given on the command line or dropped on the window. */
    public void open(Path file) {
        files.open(file);
    }

    /** New starts from the gallery; the current document is closed first so the question is asked only once. */
    @Override
    public void newPosting() {
        closeDocument();
    }

    @Override
    public void closeDocument() {
        files.whenChangesAreSafe(() -> {
            document.load(app.postwright.model.Posting.EMPTY, null);
            showStart();
        });
    }

    @Override
    public void quit() {
        files.whenChangesAreSafe(() -> {
            WindowBounds.store(stage, settings);
            awaitQuietly(autosave.close());
            stage.close();
        });
    }

    /**
     * After a crash: offers the drafts autosaved by earlier sessions (Restore / Discard). Call once the window is
     * shown; the folder is read in the background and the prompt does not block.
     */
    public void offerRecovery() {
        RecoveryStore store = services.recovery();
        files.background().run("Could not read the recovered drafts", store::list, entries -> {
            if (!entries.isEmpty()) {
                RecoveryPrompt.show(stage, entries, ZoneId.systemDefault(), this::restore,
                        discarded -> files.background().run("Could not discard the recovered drafts", () -> {
                            discarded.forEach(entry -> store.discard(entry.id()));
                            return discarded.size();
                        }, count -> statusBar.show("Discarded " + count + " recovered draft(s)")));
            }
        });
    }

    private void restore(RecoveryStore.Entry entry) {
        files.whenChangesAreSafe(() -> files.background().run("Could not restore " + entry.displayName(),
                () -> services.recovery().load(entry), posting -> {
                    autosave.adopt(entry.id());
                    document.loadUnsaved(posting, entry.original());
                    showEditor();
                    statusBar.show("Restored " + entry.displayName() + " as autosaved; not saved yet");
                }));
    }

    /** The recovery copy is removed on the autosave thread; the process must not end before that. */
    private static void awaitQuietly(Future<?> removal) {
        try {
            removal.get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // The copy stays and is offered at the next start, which is the safe side; the reason is in the log.
            System.getLogger(MainWindow.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not remove the autosaved copy on close", e);
        }
    }

    @Override
    public void export() {
        reportingErrors("Could not export", () ->
                services.export().get().showExportDialog(stage, document.posting(), document.file()));
    }

    @Override
    public void print() {
        reportingErrors("Could not print", () -> services.export().get().print(stage, document.posting()));
    }

    @Override
    public void copyAsRichText() {
        reportingErrors("Could not copy", () -> {
            services.export().get().copyAsRichText(document.posting());
            statusBar.show("Copied the posting as rich text");
        });
    }

    /** Runs an outward action; a failure becomes an error dialog and the editor keeps its document. */
    private void reportingErrors(String title, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            files.background().showError(title, e);
        }
    }

    @Override
    public javafx.stage.Window owner() {
        return stage;
    }

    @Override
    public void cycleFocus() {
        if (!showingStart.get()) {
            editorView.cycleFocus(scene.getFocusOwner());
        }
    }

    private void showStart() {
        showingStart.set(true);
        startView.refresh();
        content.getChildren().setAll(startView);
    }

    private void showEditor() {
        outline.select(-1);
        showingStart.set(false);
        if (editorView == null) {
            editorView = new EditorView(document, outline, previewOptions, services);
            FindingNavigator navigator = new FindingNavigator(outline::select, editorView.form()::control,
                    editorView::focusForm);
            checksPanel = new ChecksPanel(checks, navigator::goTo, () -> checksShown.set(false));
            ChecksDock dock = new ChecksDock(editorView, checksPanel, checksShown);
            VBox.setVgrow(dock, Priority.ALWAYS);
            editorArea = new VBox(new ReadOnlyNotice(document, files::saveAs), dock);
        }
        content.getChildren().setAll(editorArea);
        Platform.runLater(editorView::focusForm);
    }

    /** The status bar's finding counts: open the checks panel and put the focus in it. */
    private void showChecksPanel() {
        checksShown.set(true);
        if (checksPanel != null) {
            Platform.runLater(checksPanel::focusList);
        }
    }

    private String title() {
        if (showingStart.get()) {
            return "Postwright";
        }
        return (document.isDirty() ? "*" : "") + FileActions.displayName(document.file())
                + (document.isReadOnly() ? " (read-only)" : "") + " \u2014 Postwright";
    }

    private void loadSettings() {
        appTheme.set(settings.get(Settings.APP_THEME));
        previewOptions.themeProperty().set(settings.get(Settings.PREVIEW_THEME));
        previewOptions.pageViewProperty().set(settings.get(Settings.PREVIEW_PAGE_VIEW));
        checksShown.set(settings.get(Settings.CHECKS_PANEL_SHOWN));
        checksShown.addListener((obs, old, value) -> settings.put(Settings.CHECKS_PANEL_SHOWN, value));
        appTheme.addListener((obs, old, value) -> settings.put(Settings.APP_THEME, value));
        previewOptions.themeProperty().addListener((obs, old, value) -> settings.put(Settings.PREVIEW_THEME, value));
        previewOptions.pageViewProperty().addListener((obs, old, value) ->
                settings.put(Settings.PREVIEW_PAGE_VIEW, value));
    }

    private void applyAppTheme() {
        scene.getStylesheets().setAll(AppTheme.baseStylesheetUrl(), appTheme.get().stylesheetUrl());
    }

    /** Dropping a draft or a Markdown/text/HTML file on the window opens it. */
    private void acceptDroppedFiles() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.setOnDragDropped(e -> {
            boolean accepted = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (accepted) {
                File dropped = e.getDragboard().getFiles().get(0);
                // Let the drag gesture finish before a prompt might open.
                Platform.runLater(() -> open(dropped.toPath()));
            }
            e.setDropCompleted(accepted);
            e.consume();
        });
    }
}
