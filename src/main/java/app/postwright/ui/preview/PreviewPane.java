package app.postwright.ui.preview;

import app.postwright.render.PageSize;
import javafx.concurrent.Worker;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.events.Event;
import org.w3c.dom.events.EventTarget;

import java.util.function.Consumer;

/**
 * Shows rendered HTML in a WebView with page JavaScript off. Scroll position survives reloads and the pane scrolls
 * to the section being edited; both use {@link WebEngine#executeScript} from Java, which WebKit still runs with page
 * scripts disabled. Clicked links go to {@code linkOpener} (the system browser) and never navigate the pane.
 */
public final class PreviewPane extends StackPane {
    /** CSS pixels per millimetre at 96 dpi, to size the page view like paper. */
    private static final double PX_PER_MM = 96 / 25.4;

    private final WebView webView = new WebView();
    private final Consumer<String> linkOpener;
    private String html = "";
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
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                loaded(engine.getDocument());
            }
        });
        engine.locationProperty().addListener((obs, old, location) -> {
            if (!loading && location != null && !location.isEmpty() && !location.startsWith("about:")) {
                // A navigation slipped past the click handler: open it outside and put the preview back.
                linkOpener.accept(location);
                show(html);
            }
        });
        getChildren().add(webView);
    }

    /** Replaces the shown HTML, keeping the scroll position. */
    public void show(String newHtml) {
        html = newHtml;
        restoreScrollY = scrollY();
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
        }
        if (scrollTarget != null) {
            scrollToTarget();
            scrollTarget = null;
        } else {
            script("window.scrollTo(0, " + restoreScrollY + ")");
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
