package app.postwright.ui.export;

/** Export settings kept in memory, so tests neither read nor change the user's preferences. */
final class InMemoryExportSettings implements ExportSettings {
    private volatile ExportChoices choices;

    InMemoryExportSettings(ExportChoices choices) {
        this.choices = choices;
    }

    @Override
    public ExportChoices lastChoices() {
        return choices;
    }

    @Override
    public void remember(ExportChoices choices) {
        this.choices = choices;
    }
}
