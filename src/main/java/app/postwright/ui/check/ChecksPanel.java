package app.postwright.ui.check;

import app.postwright.check.Finding;
import app.postwright.check.Severity;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The checks panel: findings grouped under Errors, Warnings and Tips, each with its message, where it is and the
 * suggested fix. Clicking a finding, or Enter on it, goes to it in the form; Delete or the context menu dismisses it,
 * and a wording finding's word can go on the allow list.
 */
public final class ChecksPanel extends BorderPane {
    private final ChecksViewModel model;
    private final Consumer<Finding> goTo;
    private final TreeView<CheckRow> tree = new TreeView<>(new TreeItem<>());
    /** One item per severity, kept across refreshes so that a group the writer collapsed stays collapsed. */
    private final Map<Severity, TreeItem<CheckRow>> groupItems = new EnumMap<>(Severity.class);
    private final Label empty = new Label("No findings. The checks run as you type.");
    /** The rows the tree shows, to leave it alone when a run found the same (the usual case while typing). */
    private List<List<CheckRow>> shownRows = List.of();

    /** A row of the tree: a severity heading or one finding. */
    public sealed interface CheckRow permits GroupRow, FindingRow {
    }

    public record GroupRow(FindingGroup group) implements CheckRow {
    }

    /** A finding and where it is in the editor's words ("Skills › bullet 3"), which a renamed section changes. */
    public record FindingRow(Finding finding, String where) implements CheckRow {
    }

    /**
     * @param goTo    selects the finding's field or section in the editor and highlights its text
     * @param onClose hides the panel
     */
    public ChecksPanel(ChecksViewModel model, Consumer<Finding> goTo, Runnable onClose) {
        this.model = model;
        this.goTo = goTo;
        setId("checks-panel");
        getStyleClass().add("checks-panel");
        tree.setId("checks-tree");
        tree.setShowRoot(false);
        tree.setAccessibleText("Findings of the posting checks");
        tree.setCellFactory(view -> new RowCell());
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selectedFinding().ifPresent(goTo);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                selectedFinding().ifPresent(model::dismiss);
                e.consume();
            }
        });
        tree.setContextMenu(contextMenu());
        empty.getStyleClass().add("checks-empty");
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.findings().isEmpty(),
                model.checkedProperty()));
        setTop(toolbar(onClose));
        setCenter(new StackPane(tree, empty));
        model.checkedProperty().addListener((obs, old, checked) -> show());
        show();
    }

    /** Puts the keyboard focus in the list, on the first finding when none is selected. */
    public void focusList() {
        if (tree.getSelectionModel().isEmpty() && tree.getExpandedItemCount() > 1) {
            tree.getSelectionModel().select(1);
        }
        tree.requestFocus();
    }

    private Optional<Finding> selectedFinding() {
        int row = tree.getSelectionModel().getSelectedIndex();
        return row < 0 ? Optional.empty() : findingAt(row);
    }

    /**
     * Shows the newest findings. Checks run every few hundred milliseconds while the writer types and mostly find
     * the same again; rebuilding the tree then would lay out, style and repaint every visible row for nothing.
     */
    private void show() {
        List<FindingGroup> groups = model.groups();
        List<List<CheckRow>> rows = groups.stream().map(this::rows).toList();
        if (rows.equals(shownRows)) {
            return;
        }
        shownRows = rows;
        Optional<String> selectedId = selectedFinding().map(Finding::id);
        int selectedIndex = tree.getSelectionModel().getSelectedIndex();
        List<TreeItem<CheckRow>> items = rows.stream().map(groupRows -> {
            GroupRow heading = (GroupRow) groupRows.get(0);
            TreeItem<CheckRow> item = groupItems.computeIfAbsent(heading.group().severity(), severity -> {
                TreeItem<CheckRow> created = new TreeItem<>();
                created.setExpanded(true);
                return created;
            });
            item.setValue(heading);
            item.getChildren().setAll(groupRows.subList(1, groupRows.size()).stream().map(TreeItem::new).toList());
            return item;
        }).toList();
        tree.getRoot().getChildren().setAll(items);
        reselect(selectedId, selectedIndex);
    }

    /** A group's heading row, then one row per finding. */
    private List<CheckRow> rows(FindingGroup group) {
        List<CheckRow> rows = new ArrayList<>();
        rows.add(new GroupRow(group));
        group.findings().forEach(finding -> rows.add(new FindingRow(finding, model.where(finding))));
        return rows;
    }

    /**
     * Keeps the selection on the same finding; when it is gone (dismissed, allowed, fixed), on the finding that took
     * its place, so Delete can be pressed again and again.
     */
    private void reselect(Optional<String> findingId, int index) {
        if (findingId.isEmpty()) {
            return;
        }
        int rows = tree.getExpandedItemCount();
        for (int row = 0; row < rows; row++) {
            if (findingAt(row).filter(finding -> finding.id().equals(findingId.get())).isPresent()) {
                tree.getSelectionModel().select(row);
                return;
            }
        }
        for (int distance = 0; distance < rows; distance++) {
            for (int row : new int[] {index + distance, index - distance}) {
                if (row >= 0 && row < rows && findingAt(row).isPresent()) {
                    tree.getSelectionModel().select(row);
                    return;
                }
            }
        }
        tree.getSelectionModel().clearSelection();
    }

    private Optional<Finding> findingAt(int row) {
        TreeItem<CheckRow> item = tree.getTreeItem(row);
        return item != null && item.getValue() instanceof FindingRow finding ? Optional.of(finding.finding())
                : Optional.empty();
    }

    private HBox toolbar(Runnable onClose) {
        Label title = new Label("Checks");
        title.getStyleClass().add("pane-title");
        Label summary = new Label();
        summary.setId("checks-summary");
        summary.getStyleClass().add("checks-summary");
        summary.textProperty().bind(model.summaryProperty());
        Button dismiss = button("checks-dismiss", "Dismiss", "Hide this finding in this draft (Delete); undo "
                + "brings it back", () -> onSelected(model::dismiss));
        dismiss.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selectedFinding().filter(model::canDismiss).isEmpty(),
                tree.getSelectionModel().selectedItemProperty(), model.readOnlyProperty()));
        Button allow = button("checks-allow", "Allow word", "Never flag this word or phrase again, in any draft",
                () -> onSelected(finding -> model.allowableWord(finding).ifPresent(model::allow)));
        allow.textProperty().bind(Bindings.createStringBinding(() -> selectedFinding().flatMap(model::allowableWord)
                .map(word -> "Allow \u201c" + word + "\u201d").orElse("Allow word"),
                tree.getSelectionModel().selectedItemProperty()));
        allow.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selectedFinding().flatMap(model::allowableWord).isEmpty(),
                tree.getSelectionModel().selectedItemProperty()));
        Button restore = button("checks-restore", "", "Show the findings dismissed in this draft again",
                model::restoreDismissed);
        restore.textProperty().bind(Bindings.format("Restore dismissed (%d)", model.dismissedCountProperty()));
        restore.visibleProperty().bind(model.dismissedCountProperty().greaterThan(0));
        restore.managedProperty().bind(restore.visibleProperty());
        restore.disableProperty().bind(model.readOnlyProperty());
        Button close = button("checks-close", "\u2715", "Hide the checks panel (the status bar shows it again)",
                onClose);
        close.getStyleClass().add("row-button");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, summary, spacer, dismiss, allow, restore, close);
        bar.getStyleClass().add("pane-toolbar");
        return bar;
    }

    /**
     * Runs a toolbar action on the selected finding and gives the focus back to the list: the button it came from is
     * usually disabled next (no selection), which would otherwise pass the focus on to the close button.
     */
    private void onSelected(Consumer<Finding> action) {
        selectedFinding().ifPresent(action);
        tree.requestFocus();
    }

    private static Button button(String id, String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** :error, :warning or :tip, which the style sheet colours. */
    static PseudoClass severityClass(Severity severity) {
        return PseudoClass.getPseudoClass(severity.id());
    }

    private ContextMenu contextMenu() {
        MenuItem go = new MenuItem("Go to");
        go.setOnAction(e -> selectedFinding().ifPresent(goTo));
        MenuItem dismiss = new MenuItem("Dismiss in this draft");
        dismiss.setOnAction(e -> selectedFinding().ifPresent(model::dismiss));
        MenuItem allow = new MenuItem();
        allow.setMnemonicParsing(false);
        allow.setOnAction(e -> selectedFinding().flatMap(model::allowableWord).ifPresent(model::allow));
        ContextMenu menu = new ContextMenu(go, dismiss, allow);
        menu.setOnShowing(e -> {
            Optional<Finding> finding = selectedFinding();
            Optional<String> word = finding.flatMap(model::allowableWord);
            go.setDisable(finding.isEmpty());
            dismiss.setDisable(finding.filter(model::canDismiss).isEmpty());
            allow.setText(word.map(w -> "Add \u201c" + w + "\u201d to my allow list").orElse("Add to my allow list"));
            allow.setDisable(word.isEmpty());
        });
        return menu;
    }

    /** A severity heading ("Warnings (5)") or a finding: message, then where it is and the suggested fix. */
    private final class RowCell extends TreeCell<CheckRow> {
        private final Label marker = new Label();
        private final Label message = new Label();
        private final Label detail = new Label();
        private final VBox finding = new VBox(2, new HBox(6, marker, message), detail);

        RowCell() {
            // As wide as the list, not as the longest message: long lines end in an ellipsis (the tooltip has them
            // in full) instead of giving the list a horizontal scroll bar.
            setPrefWidth(0);
            message.setMinWidth(0);
            detail.setMinWidth(0);
            marker.getStyleClass().add("check-marker");
            message.getStyleClass().add("check-message");
            detail.getStyleClass().add("check-detail");
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() instanceof FindingRow row) {
                    goTo.accept(row.finding());
                }
            });
        }

        @Override
        protected void updateItem(CheckRow row, boolean isEmpty) {
            super.updateItem(row, isEmpty);
            for (Severity severity : Severity.values()) {
                pseudoClassStateChanged(severityClass(severity), false);
            }
            getStyleClass().remove("check-group");
            setTooltip(null);
            if (isEmpty || row == null) {
                setText(null);
                setGraphic(null);
            } else if (row instanceof GroupRow group) {
                setGraphic(null);
                setText(group.group().title() + " (" + group.group().findings().size() + ")");
                getStyleClass().add("check-group");
                pseudoClassStateChanged(severityClass(group.group().severity()), true);
            } else if (row instanceof FindingRow item) {
                showFinding(item.finding(), item.where());
            }
        }

        private void showFinding(Finding value, String where) {
            pseudoClassStateChanged(severityClass(value.severity()), true);
            message.setText(value.message());
            detail.setText(value.suggestion().isEmpty() ? where : where + "  \u2014  Fix: " + value.suggestion());
            setTooltip(new Tooltip(value.message() + (value.suggestion().isEmpty() ? ""
                    : "\n\nFix: " + value.suggestion()) + "\n\n" + where));
            setAccessibleText(value.severity().id() + ": " + value.message() + ". " + where);
            setText(null);
            setGraphic(finding);
        }
    }
}
