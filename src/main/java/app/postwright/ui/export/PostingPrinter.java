package app.postwright.ui.export;

import app.postwright.model.Posting;
import app.postwright.render.HtmlRenderer;
import app.postwright.render.PageSize;
import app.postwright.render.RenderOptions;
import javafx.concurrent.Worker;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Window;

/**
 * Prints rendered HTML through the system print dialog: the document is loaded into an off-screen WebView (so the
 * page shows exactly what the preview shows, print stylesheet included) and handed to a JavaFX {@link PrinterJob}.
 * Use on the FX thread.
 */
final class PostingPrinter {
    private final HtmlRenderer htmlRenderer;

    /** A WebView per print job, kept reachable until its page has loaded (a collected engine never finishes). */
    private WebView pending;

    PostingPrinter(HtmlRenderer htmlRenderer) {
        this.htmlRenderer = htmlRenderer;
    }

    void print(Window owner, Posting posting, RenderOptions options) {
        // Checked before rendering and loading the page, which would be wasted without a printer.
        if (Printer.getDefaultPrinter() == null) {
            showNoPrinter(owner);
            return;
        }
        WebView view = new WebView();
        pending = view;
        WebEngine engine = view.getEngine();
        // The document is static; the renderer's CSP forbids script anyway.
        engine.setJavaScriptEnabled(false);
        engine.getLoadWorker().stateProperty().addListener((observable, before, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                pending = null;
                printLoaded(owner, engine, options.pageSize());
            } else if (state == Worker.State.FAILED) {
                pending = null;
                Alerts.showError(owner, "printFailed", "Printing failed",
                        "The posting could not be prepared for printing: " + engine.getLoadWorker().getException());
            }
        });
        engine.loadContent(htmlRenderer.render(posting, options));
    }

    private static void printLoaded(Window owner, WebEngine engine, PageSize pageSize) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            // The printer went away while the page loaded.
            showNoPrinter(owner);
            return;
        }
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(paper(pageSize), PageOrientation.PORTRAIT,
                Printer.MarginType.DEFAULT);
        job.getJobSettings().setPageLayout(layout);
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        engine.print(job);
        if (!job.endJob()) {
            Alerts.showError(owner, "printFailed", "Printing failed",
                    "The printer " + job.getPrinter().getName() + " did not accept the job (" + job.getJobStatus()
                            + ").");
        }
    }

    private static void showNoPrinter(Window owner) {
        Alerts.showInformation(owner, "noPrinter", "No printer is set up",
                "Postwright found no printer on this computer. Add one in the system settings, or export a PDF "
                        + "(Ctrl+E) and print that.");
    }

    private static Paper paper(PageSize pageSize) {
        return switch (pageSize) {
            case A4 -> Paper.A4;
            case LETTER -> Paper.NA_LETTER;
        };
    }
}
