package app.postwright.ui.export;

/** Remembers the export dialog's last choices between exports and sessions. */
public interface ExportSettings {

    /** The choices of the last export, or {@link ExportChoices#DEFAULT} before the first one. */
    ExportChoices lastChoices();

    void remember(ExportChoices choices);
}
