package app.postwright.ui.recovery;

import app.postwright.draft.RecoveryStore;
import app.postwright.ui.DialogStyle;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;

/**
 * Offers the drafts left by a crash: each with its title, file name and autosave time; Restore opens the selected
 * one, Discard removes them all. Shown without blocking, so the window stays responsive behind it.
 */
public final class RecoveryPrompt {
    public static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);

    private RecoveryPrompt() {
    }

    /** Calls {@code onRestore} with the chosen entry, or {@code onDiscard} with all of them; nothing on Escape. */
    public static void show(Window owner, List<RecoveryStore.Entry> entries, ZoneId zone,
                            Consumer<RecoveryStore.Entry> onRestore, Consumer<List<RecoveryStore.Entry>> onDiscard) {
        ListView<RecoveryStore.Entry> list = new ListView<>();
        list.setId("recovery-list");
        list.getItems().setAll(entries);
        list.getSelectionModel().selectFirst();
        // Room for three rows at least and six at most, wide enough for a title, a file name and a time.
        list.setPrefSize(620, Math.max(3, Math.min(6, entries.size())) * 28 + 4);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(RecoveryStore.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : describe(entry, zone));
            }
        });
        Label explanation = new Label("Postwright was not closed normally. These drafts were autosaved; "
                + "a restored draft opens with its changes unsaved.");
        explanation.setWrapText(true);

        Dialog<ButtonType> dialog = new Dialog<>();
        DialogStyle.owned(dialog, owner);
        dialog.setTitle("Recover drafts");
        dialog.setHeaderText(entries.size() == 1 ? "Restore the draft you were working on?"
                : "Restore one of the drafts you were working on?");
        dialog.getDialogPane().setId("recovery-prompt");
        dialog.getDialogPane().setContent(new VBox(10, explanation, list));
        dialog.getDialogPane().getButtonTypes().addAll(RESTORE, DISCARD, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(RESTORE).setId("recovery-restore");
        dialog.getDialogPane().lookupButton(DISCARD).setId("recovery-discard");
        dialog.getDialogPane().lookupButton(RESTORE).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == RESTORE) {
                onRestore.accept(list.getSelectionModel().getSelectedItem());
            } else if (dialog.getResult() == DISCARD) {
                onDiscard.accept(entries);
            }
        });
        dialog.show();
    }

    /** One line per draft: "Title — file.json — autosaved 2 Mar 2026, 12:00". */
    public static String describe(RecoveryStore.Entry entry, ZoneId zone) {
        String title = entry.title().isBlank() ? "(no title)" : entry.title();
        return title + " \u2014 " + entry.displayName() + " \u2014 autosaved "
                + TIME.format(entry.savedAt().atZone(zone));
    }
}
