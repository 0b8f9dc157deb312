package app.postwright.ui.check;

import app.postwright.check.Finding;
import app.postwright.check.Severity;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;

/** The status bar's "2 errors · 5 warnings · 3 tips", coloured by the worst finding; clicking opens the panel. */
public final class ChecksIndicator extends Hyperlink {

    public ChecksIndicator(ChecksViewModel model, Runnable showPanel) {
        setId("status-checks");
        getStyleClass().add("checks-indicator");
        setTooltip(new Tooltip("Show the checks panel"));
        textProperty().bind(model.summaryProperty());
        model.checkedProperty().addListener((obs, old, checked) -> colour(model));
        colour(model);
        setOnAction(e -> {
            // A link stays "visited" otherwise; this one is a button that looks like text.
            setVisited(false);
            showPanel.run();
        });
    }

    private void colour(ChecksViewModel model) {
        Severity worst = model.findings().stream().map(Finding::severity).min(Enum::compareTo)
                .orElse(null);
        for (Severity severity : Severity.values()) {
            pseudoClassStateChanged(ChecksPanel.severityClass(severity), severity == worst);
        }
    }
}
