package app.postwright.ui.preview;

import app.postwright.model.BulletSection;
import app.postwright.model.Posting;
import app.postwright.render.HtmlRenderer;
import app.postwright.render.PageSize;
import app.postwright.render.RenderOptions;
import app.postwright.render.Theme;
import app.postwright.template.TemplateCatalog;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.events.DocumentEvent;
import org.w3c.dom.events.EventTarget;
import org.w3c.dom.events.MouseEvent;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WebView side of the preview: scripts off, links outside, scroll position kept, section scrolling, and edits
 * patched into the live page so that it equals a fresh load.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewPaneTest {
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private PreviewPane pane;

    @Start
    void start(Stage stage) {
        pane = new PreviewPane(opened::add);
        stage.setScene(new Scene(pane, 600, 400));
        stage.show();
    }

    private static String page(String marker) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>"
                + "<script>document.title = 'script ran';</script>"
                + "<p><a id=\"apply\" href=\"https://example.com/jobs\">Apply</a> " + marker + "</p>");
        for (int i = 0; i < 8; i++) {
            html.append("<section id=\"section-").append(i).append("\" style=\"height:500px\"><h2>Section ")
                    .append(i).append("</h2></section>");
        }
        return html.append("</body></html>").toString();
    }

    private void showAndWait(FxRobot robot, String html) {
        robot.interact(() -> pane.show(html));
        waitUntil(() -> onFx(() -> pane.engine().getLoadWorker().getState() == Worker.State.SUCCEEDED
                && pane.engine().getDocument().getDocumentElement().getTextContent().contains(html.substring(
                html.indexOf("</a> ") + 5, html.indexOf("</p>")))));
    }

    private double scrollY() {
        return onFx(() -> ((Number) pane.engine().executeScript("window.scrollY")).doubleValue());
    }

    @Test
    void pageScriptsDoNotRun(FxRobot robot) {
        showAndWait(robot, page("first"));

        assertThat(onFx(() -> pane.engine().getTitle())).isNotEqualTo("script ran");
    }

    @Test
    void clickedLinkGoesToTheBrowserAndThePreviewStays(FxRobot robot) {
        showAndWait(robot, page("first"));

        robot.interact(() -> {
            Document document = pane.engine().getDocument();
            MouseEvent click = (MouseEvent) ((DocumentEvent) document).createEvent("MouseEvents");
            click.initMouseEvent("click", true, true, null, 1, 0, 0, 0, 0, false, false, false, false, (short) 0,
                    null);
            ((EventTarget) document.getElementById("apply")).dispatchEvent(click);
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);

        assertThat(opened).containsExactly("https://example.com/jobs");
        assertThat(onFx(() -> pane.engine().getDocument().getElementById("apply"))).isNotNull();
    }

    @Test
    void scrollsToTheEditedSectionAndKeepsThePositionAcrossUpdates(FxRobot robot) {
        showAndWait(robot, page("first"));
        robot.interact(() -> pane.scrollToSection(5));
        double atSection = scrollY();
        assertThat(atSection).isGreaterThan(1000);

        showAndWait(robot, page("second"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scrollY()).isEqualTo(atSection);

        // The reader scrolls elsewhere; the next update must keep that place rather than jump back.
        robot.interact(() -> pane.engine().executeScript("window.scrollTo(0, 700)"));
        showAndWait(robot, page("third"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scrollY()).isEqualTo(700);
    }

    @Test
    void editsArePatchedIntoTheLivePageAndEqualAFreshLoad(FxRobot robot) throws Exception {
        HtmlRenderer renderer = new HtmlRenderer();
        RenderOptions options = new RenderOptions(Theme.CLASSIC, PageSize.A4);
        Posting posting = new TemplateCatalog(Files.createTempDirectory("templates")).load("backend-systems-developer");
        showAndWaitFor(robot, renderer.render(posting, options), "Backend");
        Document live = onFx(() -> pane.engine().getDocument());

        BulletSection list = (BulletSection) posting.sections().stream()
                .filter(BulletSection.class::isInstance).findFirst().orElseThrow();
        int listIndex = posting.sections().indexOf(list);
        List<String> items = new ArrayList<>(list.items());
        for (String typed : List.of("Own", "Own the", "Own the *ingest* path")) {
            items.set(0, typed);
            posting = posting.withSection(listIndex, list.withItems(List.copyOf(items)));
            String html = renderer.render(posting, options);
            robot.interact(() -> pane.show(html));
        }
        items.add("A bullet added at the end");
        posting = posting.withSection(listIndex, list.withItems(List.copyOf(items)))
                .withDetails(posting.details().withTitle("Principal Backend Engineer"));
        String last = renderer.render(posting, options);
        robot.interact(() -> pane.show(last));

        // Patched, not reloaded: still the same document, now showing the edits.
        assertThat(onFx(() -> pane.engine().getDocument())).isSameAs(live);
        assertThat(bodyHtml(pane)).contains("<em>ingest</em>", "A bullet added at the end", "Principal Backend");
        PreviewPane fresh = onFx(() -> new PreviewPane(opened::add));
        robot.interact(() -> fresh.show(last));
        waitUntil(() -> onFx(() -> fresh.engine().getLoadWorker().getState() == Worker.State.SUCCEEDED));
        assertThat(bodyHtml(pane)).isEqualTo(bodyHtml(fresh));
    }

    @Test
    void aNewThemeLoadsTheWholePage(FxRobot robot) throws Exception {
        HtmlRenderer renderer = new HtmlRenderer();
        Posting posting = new TemplateCatalog(Files.createTempDirectory("templates")).load("backend-systems-developer");
        showAndWaitFor(robot, renderer.render(posting, new RenderOptions(Theme.CLASSIC, PageSize.A4)), "Backend");
        Document classic = onFx(() -> pane.engine().getDocument());

        showAndWaitFor(robot, renderer.render(posting, new RenderOptions(Theme.MODERN, PageSize.A4)), "Backend");

        assertThat(onFx(() -> pane.engine().getDocument())).isNotSameAs(classic);
        assertThat(onFx(() -> pane.engine().getDocument().getElementsByTagName("body").item(0)
                .getAttributes().getNamedItem("class").getNodeValue())).isEqualTo("theme-modern");
    }

    private void showAndWaitFor(FxRobot robot, String html, String text) {
        robot.interact(() -> pane.show(html));
        waitUntil(() -> onFx(() -> pane.engine().getLoadWorker().getState() == Worker.State.SUCCEEDED
                && pane.engine().getDocument().getDocumentElement().getTextContent().contains(text)));
    }

    private static String bodyHtml(PreviewPane pane) {
        return onFx(() -> (String) pane.engine().executeScript("document.body.outerHTML"));
    }

    private static <T> T onFx(Callable<T> callable) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, callable);
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 5 s", e);
        }
    }
}
