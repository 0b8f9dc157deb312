package app.postwright.ui.outline;

import app.postwright.model.Posting;
import app.postwright.model.StandardSection;
import app.postwright.ui.DialogStyle;
import app.postwright.ui.document.DocumentModel;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The left outline: "Posting details" and the sections, with add (standard catalog or custom), remove, rename,
 * duplicate, hide, and reordering by drag and drop or Alt+Up/Down. While the document is read-only the outline
 * only selects: every structural action is disabled.
 */
public final class OutlinePane extends VBox {
    private static final DataFormat SECTION_INDEX = new DataFormat("application/x-postwright-section-index");

    private final OutlineViewModel model;
    private final ListView<OutlineEntry> list = new ListView<>();
    private final Runnable onOpenItem;
    private final ObservableBooleanValue readOnly;
    private boolean syncing;

    /** @param onOpenItem Enter on an item: the window moves the focus into its form */
    public OutlinePane(OutlineViewModel model, DocumentModel document, Runnable onOpenItem) {
        this.model = model;
        this.onOpenItem = onOpenItem;
        this.readOnly = document.readOnlyProperty();
        setId("outline");
        setMinWidth(250);
        getStyleClass().add("outline");
        Label title = new Label("Outline");
        title.getStyleClass().add("pane-title");
        list.setId("outline-list");
        list.setAccessibleText("Posting outline");
        list.setCellFactory(view -> new EntryCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (!syncing && entry != null) {
                model.select(entry.index());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                onOpenItem.run();
                e.consume();
            } else if (!readOnly.get()) {
                structureKey(e, model.selected());
            }
        });
        list.setContextMenu(contextMenu());
        getChildren().addAll(title, list, toolbar());
        document.postingProperty().addListener((obs, old, posting) -> show(posting));
        model.selectedProperty().addListener((obs, old, index) -> selectRow(index.intValue()));
        show(document.posting());
    }

    private void structureKey(KeyEvent e, int index) {
        if (e.isAltDown() && e.getCode() == KeyCode.UP) {
            model.move(index, index - 1);
            e.consume();
        } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
            model.move(index, index + 1);
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            model.remove(index);
            e.consume();
        } else if (e.getCode() == KeyCode.F2) {
            rename(index);
            e.consume();
        }
    }

    /** Puts the keyboard focus in the outline list. */
    public void focusList() {
        list.requestFocus();
    }

    private void show(Posting posting) {
        List<OutlineEntry> entries = model.entries(posting);
        if (!entries.equals(list.getItems())) {
            syncing = true;
            list.getItems().setAll(entries);
            syncing = false;
        }
        selectRow(model.selected());
    }

    private void selectRow(int index) {
        syncing = true;
        list.getSelectionModel().select(index + 1);
        syncing = false;
    }

    private HBox toolbar() {
        MenuButton add = new MenuButton("Add section");
        add.setMinWidth(USE_PREF_SIZE);
        add.setId("outline-add");
        add.setTooltip(new Tooltip("Add a standard section or a custom one after the selected item"));
        for (StandardSection standard : StandardSection.values()) {
            MenuItem item = new MenuItem(standard.heading());
            item.setId("add-" + standard.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> model.add(standard.create()));
            add.getItems().add(item);
        }
        Menu custom = new Menu("Custom section");
        for (StandardSection.Kind kind : StandardSection.Kind.values()) {
            MenuItem item = new MenuItem(KindNames.name(kind) + "…");
            item.setId("add-custom-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            item.setOnAction(e -> addCustom(kind));
            custom.getItems().add(item);
        }
        add.getItems().addAll(new SeparatorMenuItem(), custom);
        Button remove = iconButton("outline-remove", "\u2212",
                "Remove the selected section (Delete); undo brings it back",
                () -> model.remove(model.selected()));
        Button up = iconButton("outline-up", "\u2191", "Move the selected section up (Alt+Up)",
                () -> model.move(model.selected(), model.selected() - 1));
        Button down = iconButton("outline-down", "\u2193", "Move the selected section down (Alt+Down)",
                () -> model.move(model.selected(), model.selected() + 1));
        add.disableProperty().bind(readOnly);
        ObservableValue<Boolean> noChangeableSection = model.selectedProperty().lessThan(0).or(readOnly);
        remove.disableProperty().bind(noChangeableSection);
        up.disableProperty().bind(noChangeableSection);
        down.disableProperty().bind(noChangeableSection);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(4, add, spacer, up, down, remove);
        bar.getStyleClass().add("outline-toolbar");
        return bar;
    }

    private Button iconButton(String id, String symbol, String tooltip, Runnable action) {
        Button button = new Button(symbol);
        button.setId(id);
        button.getStyleClass().add("row-button");
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        button.setOnAction(e -> action.run());
        return button;
    }

    private ContextMenu contextMenu() {
        // Shortcuts are named in the text, not set as accelerators: a context menu's accelerators act in the whole
        // window, and Delete or Alt+Up must keep their meaning inside text fields and bullet rows.
        MenuItem rename = new MenuItem("Rename…  (F2)");
        rename.setOnAction(e -> rename(model.selected()));
        MenuItem duplicate = new MenuItem("Duplicate");
        duplicate.setOnAction(e -> model.duplicate(model.selected()));
        MenuItem hide = new MenuItem("Hide from output / show");
        hide.setOnAction(e -> model.toggleVisible(model.selected()));
        MenuItem up = new MenuItem("Move up  (Alt+Up)");
        up.setOnAction(e -> model.move(model.selected(), model.selected() - 1));
        MenuItem down = new MenuItem("Move down  (Alt+Down)");
        down.setOnAction(e -> model.move(model.selected(), model.selected() + 1));
        MenuItem remove = new MenuItem("Remove  (Delete)");
        remove.setOnAction(e -> model.remove(model.selected()));
        ContextMenu menu = new ContextMenu(rename, duplicate, hide, new SeparatorMenuItem(), up, down,
                new SeparatorMenuItem(), remove);
        menu.setOnShowing(e -> {
            boolean unchangeable = model.selected() < 0 || readOnly.get();
            menu.getItems().forEach(item -> item.setDisable(unchangeable));
        });
        return menu;
    }

    private void rename(int index) {
        if (!model.isSection(index)) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(list.getItems().get(index + 1).label());
        DialogStyle.owned(dialog, getScene().getWindow());
        dialog.setTitle("Rename section");
        dialog.setHeaderText("New heading for this section");
        dialog.showAndWait().filter(name -> !name.isBlank()).ifPresent(name -> model.rename(index, name));
    }

    private void addCustom(StandardSection.Kind kind) {
        TextInputDialog dialog = new TextInputDialog();
        DialogStyle.owned(dialog, getScene().getWindow());
        dialog.setTitle("Custom section");
        dialog.setHeaderText("Heading of the new " + KindNames.name(kind).toLowerCase(java.util.Locale.ROOT)
                + " section");
        dialog.showAndWait().filter(name -> !name.isBlank()).ifPresent(name -> model.add(kind.create(name.strip())));
    }

    /** A row: the heading, a small kind badge, dimmed when hidden; a drag source and drop target for reordering. */
    private final class EntryCell extends ListCell<OutlineEntry> {
        EntryCell() {
            setOnDragDetected(e -> {
                if (getItem() != null && !getItem().isDetails() && !readOnly.get()) {
                    ClipboardContent content = new ClipboardContent();
                    content.put(SECTION_INDEX, getItem().index());
                    startDragAndDrop(TransferMode.MOVE).setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (e.getDragboard().hasContent(SECTION_INDEX) && getItem() != null) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                Object from = e.getDragboard().getContent(SECTION_INDEX);
                boolean done = from instanceof Integer index && getItem() != null;
                if (done) {
                    model.move((Integer) from, Math.max(0, getItem().index()));
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(OutlineEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("details-entry", "hidden-entry");
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            // A zero preferred width lets long headings end in an ellipsis instead of widening the list.
            setPrefWidth(0);
            Label label = new Label(entry.label());
            label.getStyleClass().add("entry-label");
            label.setMinWidth(0);
            HBox.setHgrow(label, Priority.ALWAYS);
            label.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(6, label);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            if (entry.isDetails()) {
                getStyleClass().add("details-entry");
                setAccessibleText("Posting details");
            } else {
                Label badge = new Label(entry.visible() ? entry.kind() : entry.kind() + " · hidden");
                badge.getStyleClass().add("kind-badge");
                badge.setMinWidth(USE_PREF_SIZE);
                row.getChildren().add(badge);
                if (!entry.visible()) {
                    getStyleClass().add("hidden-entry");
                }
                setAccessibleText(entry.label() + ", " + entry.kind() + (entry.visible() ? "" : ", hidden"));
            }
            setGraphic(row);
            setTooltip(new Tooltip(entry.label()));
        }
    }
}
