package app.postwright.ui.preview;

import app.postwright.render.PageSize;
import app.postwright.ui.StartupTiming;
import javafx.concurrent.Worker;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.events.Event;
import org.w3c.dom.events.EventTarget;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Shows rendered HTML in a WebView with page JavaScript off. An update replaces only the changed elements of the
 * live page (see {@link PreviewPatch}) and loads the whole page only when that is not possible. The scroll position
 * survives updates and the pane scrolls to the section being edited. Patching and scrolling use
 * {@link WebEngine#executeScript} from Java, which WebKit still runs with page scripts disabled. Clicked links go to
 * {@code linkOpener} (the system browser) and never navigate the pane.
 */
public final class PreviewPane extends StackPane {
    /** Preview-only look-alike of the card's costly shadow; see the file. Exports are not affected. */
    private static final String PAGE_STYLE = PreviewPane.class.getResource("preview-page.css").toExternalForm();
    /** CSS pixels per millimetre at 96 dpi, to size the page view like paper. */
    private static final double PX_PER_MM = 96 / 25.4;

    /**
     * Replaces the element at a path of element-child indices from {@code <html>} if it has the expected tag name;
     * answers whether it did. Runs through {@link WebEngine#executeScript}, which works with page scripts off.
     */
    private static final String REPLACE_ELEMENT = """
            (function (path, tag, html) {
                var element = document.documentElement;
                var steps = path.split('.');
                for (var i = 0; element && i < steps.length; i++) {
                    element = element.children[Number(steps[i])];
                }
                if (!element || element.tagName.toLowerCase() !== tag) {
                    return false;
                }
                element.outerHTML = html;
                return true;
            })""";

    private final WebView webView = new WebView();
    private final Consumer<String> linkOpener;
    /** The HTML the live page shows (or is loading). */
    private String html = "";
    /** HTML that arrived while a load was running, shown when it finishes. */
    private String pending;
    /** {@link #REPLACE_ELEMENT} in the current page; null until the page has loaded. */
    private JSObject replaceElement;
    private double restoreScrollY;
    private Integer scrollTarget;
    private boolean loading;

    public PreviewPane(Consumer<String> linkOpener) {
        this.linkOpener = linkOpener;
        setId("preview");
        getStyleClass().add("preview-surround");
        webView.setId("preview-web");
        webView.setAccessibleText("Preview of the posting");
        webView.setContextMenuEnabled(false);
        WebEngine engine = webView.getEngine();
        engine.setJavaScriptEnabled(false);
        engine.setUserStyleSheetLocation(PAGE_STYLE);
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                loaded(engine.getDocument());
            } else if (state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                // No page to patch; the next update (or one that waited for this load) loads in full.
                loading = false;
                showPending();
            }
        });
        engine.locationProperty().addListener((obs, old, location) -> {
            if (!loading && location != null && !location.isEmpty() && !location.startsWith("about:")) {
                // A navigation slipped past the click handler: open it outside and put the preview back.
                linkOpener.accept(location);
                load(html);
            }
        });
        getChildren().add(webView);
    }

    /**
     * Shows {@code newHtml}, keeping the scroll position: the changed elements are replaced in the live page when
     * its frame (head, styles, body attributes) is unchanged, otherwise the whole page is loaded.
     */
    public void show(String newHtml) {
        if (loading) {
            // The page being loaded is not in the DOM yet; patch it once it is.
            pending = newHtml;
            return;
        }
        if (!patch(newHtml)) {
            load(newHtml);
        }
    }

    /** Whether {@code newHtml} is now shown by replacing elements of the live page. */
    private boolean patch(String newHtml) {
        if (replaceElement == null) {
            return false;
        }
        Optional<List<PreviewPatch.Replacement>> replacements = PreviewPatch.between(html, newHtml);
        if (replacements.isEmpty()) {
            return false;
        }
        for (PreviewPatch.Replacement replacement : replacements.get()) {
            Object done = replaceElement.call("call", null, replacement.path(), replacement.tag(), replacement.html());
            if (!Boolean.TRUE.equals(done)) {
                // The live DOM is not shaped like the HTML we parsed (the browser repaired something): reload.
                return false;
            }
        }
        html = newHtml;
        if (scrollTarget != null) {
            scrollToTarget();
            scrollTarget = null;
        }
        return true;
    }

    private void load(String newHtml) {
        html = newHtml;
        restoreScrollY = scrollY();
        replaceElement = null;
        loading = true;
        webView.getEngine().loadContent(newHtml);
    }

    /** Scrolls to {@code section-N} now and again after the next reload (for a section that is not rendered yet). */
    public void scrollToSection(int index) {
        scrollTarget = index;
        scrollToTarget();
    }

    /** Scrolls back to the top (the details page is selected). */
    public void scrollToTop() {
        scrollTarget = null;
        restoreScrollY = 0;
        script("window.scrollTo(0, 0)");
    }

    /** Page view: the page shown at paper width on a grey desk; otherwise it fills the pane like a web page. */
    public void setPageView(boolean pageView, PageSize size) {
        double widthMm = size == PageSize.A4 ? 210 : 215.9;
        webView.setMaxWidth(pageView ? widthMm * PX_PER_MM : Double.MAX_VALUE);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("page"), pageView);
    }

    public WebEngine engine() {
        return webView.getEngine();
    }

    private void loaded(Document document) {
        loading = false;
        if (document != null) {
            ((EventTarget) document.getDocumentElement()).addEventListener("click", this::clicked, false);
            replaceElement = (JSObject) webView.getEngine().executeScript(REPLACE_ELEMENT);
            StartupTiming.reached("preview shown");
        }
        if (scrollTarget != null) {
            scrollToTarget();
            scrollTarget = null;
        } else {
            script("window.scrollTo(0, " + restoreScrollY + ")");
        }
        showPending();
    }

    private void showPending() {
        if (pending != null) {
            String next = pending;
            pending = null;
            show(next);
        }
    }

    private void clicked(Event event) {
        for (Node node = (Node) event.getTarget(); node != null; node = node.getParentNode()) {
            if (node instanceof Element element && "a".equalsIgnoreCase(element.getTagName())) {
                event.preventDefault();
                String href = element.getAttribute("href");
                if (href != null && !href.isBlank() && !href.startsWith("#")) {
                    linkOpener.accept(href);
                }
                return;
            }
        }
    }

    private void scrollToTarget() {
        script("var e = document.getElementById('section-" + scrollTarget + "'); if (e) e.scrollIntoView();");
    }

    private double scrollY() {
        Object y = script("window.scrollY");
        return y instanceof Number number ? number.doubleValue() : 0;
    }

    private Object script(String code) {
        return webView.getEngine().getDocument() == null ? null : webView.getEngine().executeScript(code);
    }
}
