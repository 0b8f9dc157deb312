package app.postwright.ui.export;

import app.postwright.render.PageSize;
import app.postwright.render.Theme;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Callback;
import org.controlsfx.control.SegmentedButton;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The export dialog: a thin view over {@link ExportViewModel}. It stays open while the export runs (with progress)
 * and on failure, and closes on success, when {@code onExported} shows the notification.
 */
final class ExportDialog {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);

    private final ExportViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Map<ExportFormat, ToggleButton> formatButtons = new EnumMap<>(ExportFormat.class);

    ExportDialog(Window owner, String postingTitle, ExportViewModel model) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText(postingTitle.isBlank() ? "Export the posting" : "Export “" + postingTitle + "”");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("exportDialog");
        dialog.getDialogPane().getStylesheets().add(
                ExportDialog.class.getResource("export-dialog.css").toExternalForm());
        dialog.getDialogPane().getStyleClass().add("export-dialog");
        dialog.getDialogPane().setContent(createContent());
        dialog.getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CANCEL);
        configureButtons();
    }

    /** Shows the dialog without blocking; {@code onExported} runs on the FX thread after a successful export. */
    void show(BiConsumer<Window, Path> onExported) {
        Button exportButton = (Button) dialog.getDialogPane().lookupButton(EXPORT);
        exportButton.addEventFilter(ActionEvent.ACTION, event -> {
            // Keep the dialog open while exporting; it closes itself on success.
            event.consume();
            Window owner = dialog.getOwner();
            model.export(file -> {
                dialog.close();
                onExported.accept(owner, file);
            }, message -> Alerts.showError(dialog.getDialogPane().getScene().getWindow(), "exportFailed",
                    "The export failed", message + "\nAny earlier file of that name is unchanged."));
        });
        // However the dialog goes away (Cancel, Escape, the window's close box), a running export stops with it.
        dialog.setOnHidden(event -> model.cancel());
        dialog.show();
    }

    private Node createContent() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("export-form");
        grid.getColumnConstraints().addAll(new ColumnConstraints(), growing());

        grid.addRow(0, label("_Format:", formatButton(ExportFormat.HTML)), formatSelector());
        Label summary = new Label();
        summary.setId("exportFormatSummary");
        summary.getStyleClass().add("export-hint");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(
                () -> model.formatProperty().get().summary(), model.formatProperty()));
        grid.add(summary, 1, 1);
        ComboBox<Theme> theme = comboBox("exportTheme", Theme.values(), Theme::displayName, model.themeProperty());
        theme.setTooltip(new Tooltip("The look of HTML and PDF exports"));
        theme.setAccessibleText("Theme");
        theme.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !model.formatProperty().get().usesTheme(), model.formatProperty()).or(model.runningProperty()));
        grid.addRow(2, label("_Theme:", theme), theme);
        ComboBox<PageSize> pageSize = comboBox("exportPageSize", PageSize.values(), PageSize::displayName,
                model.pageSizeProperty());
        pageSize.setTooltip(new Tooltip("Paper size of the PDF"));
        pageSize.setAccessibleText("Page size");
        pageSize.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !model.formatProperty().get().usesPageSize(), model.formatProperty())
                .or(model.runningProperty()));
        grid.addRow(3, label("_Page size:", pageSize), pageSize);
        TextField destination = destinationField();
        grid.addRow(4, label("_Save to:", destination), destinationRow(destination));
        grid.add(problemLabel(), 1, 5);
        VBox content = new VBox(grid, progressBar(), statusLabel());
        content.getStyleClass().add("export-content");
        return content;
    }

    private ProgressBar progressBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.setAccessibleText("Export progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        return progress;
    }

    private Label statusLabel() {
        Label status = new Label();
        status.setId("exportStatus");
        status.getStyleClass().add("export-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        return status;
    }

    private SegmentedButton formatSelector() {
        SegmentedButton selector = new SegmentedButton();
        selector.setId("exportFormat");
        for (ExportFormat format : ExportFormat.values()) {
            ToggleButton button = formatButton(format);
            selector.getButtons().add(button);
        }
        formatButtons.get(model.formatProperty().get()).setSelected(true);
        selector.getToggleGroup().selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                // A segmented choice always has one segment on: clicking the selected one must not clear it.
                before.setSelected(true);
            } else {
                model.formatProperty().set((ExportFormat) now.getUserData());
            }
        });
        model.formatProperty().addListener((observable, before, now) -> formatButtons.get(now).setSelected(true));
        selector.disableProperty().bind(model.runningProperty());
        return selector;
    }

    private ToggleButton formatButton(ExportFormat format) {
        return formatButtons.computeIfAbsent(format, key -> {
            ToggleButton button = new ToggleButton(key.displayName());
            button.setId("exportFormat" + key.displayName());
            button.setUserData(key);
            button.setTooltip(new Tooltip(key.fileTypeDescription() + " (." + key.extension() + ")"));
            button.setAccessibleText("Format: " + key.fileTypeDescription());
            return button;
        });
    }

    private TextField destinationField() {
        TextField field = new TextField();
        field.setId("exportDestination");
        field.setPrefColumnCount(36);
        field.setAccessibleText("Destination file");
        field.setTooltip(new Tooltip("The file to write; an existing file is replaced only when the export succeeds"));
        field.setText(text(model.destinationProperty().get()));
        model.destinationProperty().addListener((observable, before, now) -> {
            if (!text(now).equals(field.getText())) {
                field.setText(text(now));
            }
        });
        field.textProperty().addListener((observable, before, now) -> model.destinationProperty().set(path(now)));
        field.disableProperty().bind(model.runningProperty());
        return field;
    }

    private HBox destinationRow(TextField destination) {
        Button browse = new Button("_Browse…");
        browse.setId("exportBrowse");
        browse.setTooltip(new Tooltip("Choose the destination file"));
        browse.setAccessibleText("Browse for the destination file");
        browse.setOnAction(event -> chooseDestination());
        browse.disableProperty().bind(model.runningProperty());
        HBox.setHgrow(destination, Priority.ALWAYS);
        HBox row = new HBox(destination, browse);
        row.getStyleClass().add("export-destination-row");
        return row;
    }

    private Label problemLabel() {
        Label problem = new Label();
        problem.setId("exportProblem");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            String text = model.problemProperty().get();
            return text.isEmpty() && model.replacesFileProperty().get() ? "The existing file will be replaced." : text;
        }, model.problemProperty(), model.replacesFileProperty()));
        problem.getStyleClass().add("export-hint");
        model.problemProperty().addListener((observable, before, now) ->
                problem.pseudoClassStateChanged(ERROR, !now.isEmpty()));
        return problem;
    }

    private void chooseDestination() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export to");
        Path current = model.destinationProperty().get();
        if (current != null) {
            Path folder = current.toAbsolutePath().getParent();
            if (folder != null && Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            chooser.setInitialFileName(current.getFileName().toString());
        }
        for (ExportFormat format : ExportFormat.values()) {
            FileChooser.ExtensionFilter filter = new FileChooser.ExtensionFilter(
                    format.fileTypeDescription(), "*." + format.extension());
            chooser.getExtensionFilters().add(filter);
            if (format == model.formatProperty().get()) {
                chooser.setSelectedExtensionFilter(filter);
            }
        }
        File chosen = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
        if (chosen != null) {
            ExportFormat format = ExportFormat.values()[
                    chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter())];
            model.formatProperty().set(format);
            model.destinationProperty().set(ExportFileNames.withExtension(chosen.toPath(), format));
        }
    }

    private void configureButtons() {
        Button exportButton = (Button) dialog.getDialogPane().lookupButton(EXPORT);
        exportButton.setId("exportButton");
        exportButton.setDefaultButton(true);
        exportButton.disableProperty().bind(model.canExportProperty().not());
        exportButton.setTooltip(new Tooltip("Write the file in the background"));
        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("exportCancel");
        cancel.setTooltip(new Tooltip("Close without exporting; stops a running export"));
    }

    private static Label label(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        label.getStyleClass().add("export-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> ComboBox<T> comboBox(String id, T[] values, Function<T, String> name,
                                            ObjectProperty<T> value) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        Callback<ListView<T>, ListCell<T>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static ColumnConstraints growing() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        return column;
    }

    private static String text(Path path) {
        return path == null ? "" : path.toString();
    }

    private static Path path(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text.strip());
        } catch (InvalidPathException e) {
            // Not a usable path (e.g. a NUL character); the view-model then asks for a destination.
            return null;
        }
    }
}
