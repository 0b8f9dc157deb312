package app.postwright.ui.action;

/** Window-level commands the menus call; the window implements them. */
public interface WindowCommands {
    /** New: shows the template gallery (after the unsaved-changes question). */
    void newPosting();

    /** Closes the document and returns to the start view. */
    void closeDocument();

    void quit();

    void export();

    void print();

    void copyAsRichText();

    /** The window dialogs belong to. */
    javafx.stage.Window owner();

    /** Moves the keyboard focus to the outline (F6 cycles outline → form → preview). */
    void cycleFocus();
}
