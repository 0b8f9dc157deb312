package app.postwright.ui;

import app.postwright.draft.DraftCodec;
import app.postwright.model.BulletSection;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.Section;
import app.postwright.model.StandardSection;
import app.postwright.render.HtmlRenderer;
import app.postwright.template.TemplateCatalog;
import app.postwright.ui.start.TemplateSource;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import netscape.javascript.JSObject;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.awt.AWTException;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import java.util.stream.IntStream;

/**
 * The editor benchmark behind docs/performance.md ("Editor (issue 3)"), a program rather than a timed test because
 * its numbers depend on the machine. It drives the real window through the OS input path (TestFX's glass robot),
 * so run it on a real display or under Xvfb with real glass, not Monocle: {@code src/bench/editor-latency.sh}.
 * <ol>
 * <li>Keystroke → preview: types into the first bullet of the seed template, then of a 1,000-bullet posting, at a
 * steady typist's pace, and times each keystroke until the preview shows the new text on the screen (argument
 * {@code seed} or {@code bullets}: only that posting).</li>
 * <li>With arguments {@code session [seconds]}, instead: an editing session (default 300 s) of typing, adding and
 * removing sections and undo in a fresh process; then its resident memory (VmRSS).</li>
 * </ol>
 */
public final class EditorBenchmark {
    private static final String TYPED = "analytics pipelines for reporting teams and batch jobs";
    /** A steady typist's pace (about 80 words a minute); faster bursts are coalesced, see RenderScheduler. */
    private static final long KEYSTROKE_PAUSE_MILLIS = 150;
    /** How often the preview is checked while waiting for a keystroke to show: the figures' resolution. */
    private static final long POLL_MILLIS = 3;
    /** Pixels below the edited bullet that are watched too: more than one line of the preview's text. */
    private static final int WRAP_MARGIN = 60;
    /** Of the bullet itself only its last line is watched (where typing at the end shows): less to read back. */
    private static final int LAST_LINE = 30;

    private final FxRobot robot = new FxRobot();
    /** Sends key presses and reads the screen through the X server, independently of the FX thread. */
    private final java.awt.Robot keys;
    private final Preferences prefs = Preferences.userRoot().node("postwright-bench-" + UUID.randomUUID());
    private final HtmlRenderer htmlRenderer = new HtmlRenderer();
    /** When the newest render started and ended (System.nanoTime), to split a keystroke's latency into phases. */
    private volatile long renderStart;
    private volatile long renderEnd;
    private final TemplateSource templates;
    private MainWindow window;

    private EditorBenchmark(Path userTemplates) throws AWTException {
        keys = new java.awt.Robot();
        templates = TemplateSource.of(new TemplateCatalog(userTemplates));
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("testfx.robot", "glass");
        RenderingPipeline.chooseBeforeStartup(); // as Launcher does
        FxToolkit.registerPrimaryStage();
        EditorBenchmark bench = new EditorBenchmark(Files.createTempDirectory("postwright-bench-templates"));
        try {
            if (args.length > 0 && args[0].equals("session")) {
                bench.editingSession(args.length > 1 ? Long.parseLong(args[1]) : 300);
            } else {
                String only = args.length > 0 ? args[0] : "all";
                if (!only.equals("bullets")) {
                    bench.seedTemplate();
                }
                if (!only.equals("seed")) {
                    bench.thousandBullets();
                }
            }
        } finally {
            bench.prefs.removeNode();
        }
        System.exit(0);
    }

    private void seedTemplate() throws Exception {
        openSeedTemplate();
        report("seed template (backend-systems-developer)", typeAndTime());
    }

    /** A fresh window on the seed template, picked in the start view's gallery. */
    private void openSeedTemplate() throws Exception {
        openWindow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#template-backend-systems-developer").tryQuery().isPresent());
        robot.clickOn("#template-backend-systems-developer");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.preview() != null);
    }

    private void thousandBullets() throws Exception {
        List<String> bullets = IntStream.range(0, 1000).mapToObj(i -> "Bullet number " + i).toList();
        Posting large = new Posting(PostingDetails.EMPTY.withTitle("Large posting"),
                List.of(new BulletSection("Everything", bullets)));
        Path draft = Files.createTempDirectory("postwright-bench").resolve("large.json");
        new DraftCodec().save(large, draft);
        openWindow();
        robot.interact(() -> window.open(draft));
        report("1,000 bullets", typeAndTime());
    }

    /** Typing, adding and removing a section, undo, over and over; then the resident memory. */
    private void editingSession(long seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        openSeedTemplate();
        int list = selectFirstBulletList();
        String addId = "#add-" + StandardSection.values()[0].name().toLowerCase(Locale.ROOT).replace('_', '-');
        int rounds = 0;
        while (System.nanoTime() < end) {
            selectOutlineRow(list + 1);
            robot.clickOn("#bullet-0").type(KeyCode.END).write(" more words typed here");
            robot.clickOn("#outline-add").clickOn(addId);
            robot.clickOn("#outline-remove");
            robot.push(KeyCode.CONTROL, KeyCode.Z).push(KeyCode.CONTROL, KeyCode.Z);
            rounds++;
        }
        WaitForAsyncUtils.waitForFxEvents();
        String resident = residentMemory();
        long heapUsed = heapUsedMegabytes();
        System.gc();
        System.out.printf(Locale.ROOT, "editing session: %d s, %d rounds (type, add section, remove it, undo "
                + "twice), then VmRSS %s, Java heap used %d MB (%d MB after a full GC), max heap %d MB%n", seconds,
                rounds, resident, heapUsed, heapUsedMegabytes(), Runtime.getRuntime().maxMemory() >> 20);
    }

    /** A fresh window (with its own document) replaces the previous one, as a new launch would. */
    private void openWindow() throws Exception {
        MainWindow previous = window;
        window = WaitForAsyncUtils.asyncFx(() -> {
            if (previous != null) {
                previous.stage().close();
            }
            Stage stage = new Stage();
            MainWindow created = new MainWindow(stage, new Settings(prefs),
                    new FakeServices().services(this::timedRender, templates));
            stage.setWidth(1500);
            stage.setHeight(950);
            stage.show();
            stage.toFront();
            return created;
        }).get();
    }

    /**
     * Types {@link #TYPED} at the end of the first bullet; for each letter the milliseconds from the key press (sent
     * through the OS by {@link #keys}, from this thread, so the FX thread's state does not decide when it is sent)
     * until the preview shows it on the screen: its DOM holds the new text and the bullet's pixels on the screen
     * (read back from the X server) have changed. Split into phases: key press → render start (input, form,
     * model, scheduling), render, render end → painted (hand-off to the FX thread, patch, layout and paint).
     */
    private List<long[]> typeAndTime() throws Exception {
        int list = selectFirstBulletList();
        robot.clickOn("#bullet-0").type(KeyCode.END);
        // The bullet's own text may hold Markdown, so the preview is checked for the typed end of it.
        StringBuilder typed = new StringBuilder();
        List<long[]> millis = new ArrayList<>();
        for (char c : TYPED.toCharArray()) {
            typed.append(c);
            WaitForAsyncUtils.sleep(KEYSTROKE_PAUSE_MILLIS, TimeUnit.MILLISECONDS);
            if (c == ' ') {
                // HTML drops a bullet's trailing space: the preview has nothing new to show, so nothing to time.
                press(c);
                continue;
            }
            Rectangle bullet = firstBulletOnScreen(list);
            int[] before = pixels(bullet);
            long start = System.nanoTime();
            press(c);
            String expected = typed.toString();
            // The screen is read from this thread; the DOM (on the FX thread) only once the pixels changed, so that
            // measuring adds next to nothing to the FX thread's work.
            long painted = pollUntil(() -> !Arrays.equals(before, pixels(bullet))
                    && firstBulletShows(list, expected));
            long rendered = Math.max(start, renderStart);
            long renderedEnd = Math.max(rendered, renderEnd);
            millis.add(new long[] {(painted - start) / 1_000_000, (rendered - start) / 1_000_000,
                (renderedEnd - rendered) / 1_000_000, (painted - renderedEnd) / 1_000_000});
        }
        return millis;
    }

    /** A key press and release as the OS delivers it; returns at once, without waiting for the FX thread. */
    private void press(char c) {
        int key = KeyEvent.getExtendedKeyCodeForChar(c);
        keys.keyPress(key);
        keys.keyRelease(key);
    }

    /** Polls {@code condition} every {@link #POLL_MILLIS} ms (30 s at most); returns when it held (nanoTime). */
    private static long pollUntil(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the preview did not show the keystroke within 30 s");
            }
            Thread.sleep(POLL_MILLIS);
        }
        return System.nanoTime();
    }

    /**
     * The screen rectangle of the edited bullet's last line in the preview and the next lines below it (a word
     * that wraps leaves the bullet's first lines as they were and pushes what follows down), clipped to the preview.
     */
    private Rectangle firstBulletOnScreen(int section) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            WebView web = (WebView) window.preview().pane().lookup("#preview-web");
            JSObject box = (JSObject) web.getEngine().executeScript("document.getElementById('section-" + section
                    + "').getElementsByTagName('li')[0].getBoundingClientRect()");
            Bounds view = web.localToScreen(web.getLayoutBounds());
            double x = Math.max(view.getMinX(), view.getMinX() + ((Number) box.getMember("left")).doubleValue());
            double top = Math.max(((Number) box.getMember("top")).doubleValue(),
                    ((Number) box.getMember("bottom")).doubleValue() - LAST_LINE);
            double y = Math.max(view.getMinY(), view.getMinY() + top);
            double right = Math.min(view.getMaxX(), view.getMinX() + ((Number) box.getMember("right")).doubleValue());
            double bottom = Math.min(view.getMaxY(),
                    view.getMinY() + ((Number) box.getMember("bottom")).doubleValue() + WRAP_MARGIN);
            return new Rectangle((int) x, (int) y, (int) Math.max(1, right - x), (int) Math.max(1, bottom - y));
        });
    }

    /** The pixels on the screen (the X server's frame buffer), read without the FX thread. */
    private int[] pixels(Rectangle area) {
        BufferedImage image = keys.createScreenCapture(area);
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private String timedRender(Posting posting, app.postwright.render.RenderOptions options) {
        long start = System.nanoTime();
        String html = htmlRenderer.render(posting, options);
        renderStart = start;
        renderEnd = System.nanoTime();
        return html;
    }

    private int selectFirstBulletList() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#outline-list").tryQuery().isPresent());
        List<Section> sections = window.document().posting().sections();
        int list = IntStream.range(0, sections.size()).filter(i -> sections.get(i) instanceof BulletSection)
                .findFirst().orElseThrow();
        selectOutlineRow(list + 1);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#bullet-0").tryQuery().isPresent());
        return list;
    }

    private void selectOutlineRow(int row) {
        robot.interact(() -> robot.lookup("#outline-list").queryAs(ListView.class).getSelectionModel().select(row));
    }

    /** Reads only the one bullet (not the whole page), so that checking adds next to nothing to the FX thread's work. */
    private boolean firstBulletShows(int section, String text) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Document document = window.preview().pane().engine().getDocument();
            Element element = document == null ? null : document.getElementById("section-" + section);
            return element != null && element.getElementsByTagName("li").item(0).getTextContent().endsWith(text);
        });
    }

    private static void report(String name, List<long[]> millis) {
        if (Boolean.getBoolean("bench.series")) {
            // -Dbench.series=true: every keystroke as total/render milliseconds, to tell warm-up from steady state.
            System.out.println("series " + millis.stream().map(row -> row[0] + "/" + row[2]).toList());
        }
        System.out.printf(Locale.ROOT, "keystroke -> preview painted, %s: %d keystrokes, p50 %d ms, p95 %d ms, "
                + "max %d ms; median phases: to render start %d ms, render %d ms, to painted %d ms%n", name,
                millis.size(), percentile(millis, 0, 0.50), percentile(millis, 0, 0.95), percentile(millis, 0, 1.0),
                percentile(millis, 1, 0.5), percentile(millis, 2, 0.5), percentile(millis, 3, 0.5));
    }

    private static long percentile(List<long[]> rows, int column, double fraction) {
        List<Long> sorted = rows.stream().map(row -> row[column]).sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * fraction) - 1));
    }

    private static long heapUsedMegabytes() {
        return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
    }

    private static String residentMemory() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.substring("VmRSS:".length()).strip()).findFirst().orElse("unknown");
    }
}
