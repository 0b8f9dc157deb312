package app.postwright.ui.editor;

import app.postwright.model.BulletSection;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bullet list: one text field per bullet. Enter splits the bullet at the caret into a new one, Backspace in an
 * empty bullet deletes it, pasting several lines makes several bullets, Up and Down go to the bullet above or
 * below. The rows are cells of a {@link ListView}, so only the visible bullets have controls: a posting of 1,000
 * bullets used to build 4,000 controls and lay all of them out again on every keystroke.
 */
final class BulletSectionEditor extends SectionForm<BulletSection> implements RowButtons.Actions {
    private static final Pattern BULLET_ID = Pattern.compile("bullet-(\\d+)");
    /** A row: the text field and its buttons plus the gap below. Fixed, so the list never measures its rows. */
    private static final double ROW_HEIGHT = 34;
    private static final int MIN_ROWS = 3;

    private final BulletsViewModel model;
    private final ListView<String> list = new ListView<>();
    /** The bullet whose field should have the focus once its cell is shown, and where its caret goes; -1: none. */
    private int pendingFocus = -1;
    private int pendingCaret;

    BulletSectionEditor(BulletsViewModel model) {
        super(model, "Bullet list", "One point per bullet. Enter starts the next bullet; pasting several lines "
                + "makes several bullets.");
        this.model = model;
        list.setId("bullet-list");
        list.getStyleClass().add("bullet-list");
        list.setAccessibleText("Bullets");
        // The fields in the cells take the focus; the list itself is only a container.
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new BulletCell(this));
        list.setFixedCellSize(ROW_HEIGHT);
        // As tall as its rows (the add button follows them) until the form runs out of room; then it scrolls, but
        // keeps a few rows: in a window lower still the form scrolls instead.
        list.prefHeightProperty().bind(heightOfRows(Integer.MAX_VALUE));
        list.minHeightProperty().bind(heightOfRows(MIN_ROWS));
        list.setMaxHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(list, Priority.ALWAYS);
        bindings.custom(p -> show(model.entriesIn(p)));
        body.getChildren().addAll(list, RowButtons.addButton("bullet", "bullet", () -> {
            int end = model.entries().size();
            model.insert(end, "");
            focusBullet(end, 0);
        }));
        fillHeight();
    }

    /** The height of the list showing its bullets, but at most {@code rows} of them. */
    private DoubleBinding heightOfRows(int rows) {
        return Bindings.createDoubleBinding(
                () -> list.getFixedCellSize() * Math.min(rows, list.getItems().size()) + 2,
                list.getItems(), list.fixedCellSizeProperty());
    }

    BulletsViewModel model() {
        return model;
    }

    /** Shows the bullets; a change of one bullet (typing) replaces only that item, so only its cell updates. */
    private void show(List<String> bullets) {
        ObservableList<String> items = list.getItems();
        if (items.size() != bullets.size()) {
            items.setAll(bullets);
            return;
        }
        for (int i = 0; i < bullets.size(); i++) {
            if (!bullets.get(i).equals(items.get(i))) {
                items.set(i, bullets.get(i));
            }
        }
    }

    /**
     * Puts the focus in bullet {@code index} with the caret at {@code caret} (clamped to its text), scrolling it
     * into view; waits for the edit that asked for it to be shown first.
     */
    void focusBullet(int index, int caret) {
        pendingFocus = index;
        pendingCaret = caret;
        Platform.runLater(() -> {
            if (pendingFocus >= 0) {
                visibleField(pendingFocus).ifPresent(BulletCell::takeFocus);
            }
        });
    }

    /** The bullet that should get the focus when its cell shows it (-1: none). */
    int pendingFocus() {
        return pendingFocus;
    }

    int pendingCaret() {
        return pendingCaret;
    }

    void focusTaken() {
        pendingFocus = -1;
    }

    /** Called by a cell that had the focus and now shows another bullet: the focus comes back with that bullet. */
    void focusLeftWith(int index, int caret) {
        pendingFocus = index;
        pendingCaret = caret;
        list.requestFocus();
    }

    /** Moves bullet {@code index} and keeps the focus on it. */
    @Override
    public void move(int index, int delta) {
        focusBullet(model.move(index, delta), 0);
    }

    @Override
    public void delete(int index) {
        model.remove(index);
        focusBullet(Math.max(0, index - 1), Integer.MAX_VALUE);
    }

    /** The cell showing bullet {@code index}, scrolled into view and laid out. */
    private Optional<BulletCell> visibleField(int index) {
        if (index >= list.getItems().size()) {
            return Optional.empty();
        }
        if (list.getScene() != null) {
            // The first layout takes in a changed number of bullets, without which the new last one has no row.
            list.applyCss();
            list.layout();
            BulletCell.scrollIntoView(list, index);
            list.layout();
        }
        return list.lookupAll(".bullet-cell").stream().map(BulletCell.class::cast)
                .filter(cell -> cell.isVisible() && cell.getIndex() == index && !cell.isEmpty()).findFirst();
    }

    @Override
    public Optional<Node> control(String id) {
        Matcher bullet = BULLET_ID.matcher(id);
        if (bullet.matches()) {
            return visibleField(Integer.parseInt(bullet.group(1))).map(BulletCell::field);
        }
        return super.control(id);
    }

    @Override
    public void focusFirst() {
        if (!list.getItems().isEmpty()) {
            focusBullet(0, 0);
        }
    }
}
