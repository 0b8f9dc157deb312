package app.postwright.ui;

import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Gives dialogs the window's stylesheets, so they follow the light or dark theme instead of plain Modena. */
public final class DialogStyle {
    private DialogStyle() {
    }

    /** Sets the owner of {@code dialog} and copies the owner scene's stylesheets onto it. */
    public static <D extends Dialog<?>> D owned(D dialog, Window owner) {
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return dialog;
    }
}
