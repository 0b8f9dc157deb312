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
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
 * steady typist's pace, and times each keystroke until the preview's DOM holds the new text.</li>
 * <li>With arguments {@code session [seconds]}, instead: an editing session (default 300 s) of typing, adding and
 * removing sections and undo in a fresh process; then its resident memory (VmRSS).</li>
 * </ol>
 */
public final class EditorBenchmark {
    private static final String TYPED = "analytics pipelines for reporting teams and batch jobs";
    /** A steady typist's pace (about 80 words a minute); faster bursts are coalesced, see RenderScheduler. */
    private static final long KEYSTROKE_PAUSE_MILLIS = 150;

    private final FxRobot robot = new FxRobot();
    private final Preferences prefs = Preferences.userRoot().node("postwright-bench-" + UUID.randomUUID());
    private final HtmlRenderer htmlRenderer = new HtmlRenderer();
    /** When the newest render started and ended (System.nanoTime), to split a keystroke's latency into phases. */
    private volatile long renderStart;
    private volatile long renderEnd;
    private final TemplateSource templates;
    private MainWindow window;

    private EditorBenchmark(Path userTemplates) {
        templates = TemplateSource.of(new TemplateCatalog(userTemplates));
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("testfx.robot", "glass");
        FxToolkit.registerPrimaryStage();
        EditorBenchmark bench = new EditorBenchmark(Files.createTempDirectory("postwright-bench-templates"));
        try {
            if (args.length > 0 && args[0].equals("session")) {
                bench.editingSession(args.length > 1 ? Long.parseLong(args[1]) : 300);
            } else {
                bench.seedTemplate();
                bench.thousandBullets();
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
     * Types {@link #TYPED} at the end of the first bullet; for each letter the milliseconds until it was in the
     * preview, split into keystroke → render start (input, form, model, scheduling), render, render end → shown
     * (hand-off to the FX thread and patching the page).
     */
    private List<long[]> typeAndTime() throws TimeoutException {
        int list = selectFirstBulletList();
        robot.clickOn("#bullet-0").type(KeyCode.END);
        // The bullet's own text may hold Markdown, so the preview is checked for the typed end of it.
        StringBuilder typed = new StringBuilder();
        List<long[]> millis = new ArrayList<>();
        for (char c : TYPED.toCharArray()) {
            typed.append(c);
            WaitForAsyncUtils.sleep(KEYSTROKE_PAUSE_MILLIS, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            robot.write(c);
            if (c == ' ') {
                // HTML drops a bullet's trailing space: the preview has nothing new to show, so nothing to time.
                continue;
            }
            String expected = typed.toString();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstBulletShows(list, expected));
            long shown = System.nanoTime();
            long rendered = Math.max(start, renderStart);
            long renderedEnd = Math.max(rendered, renderEnd);
            millis.add(new long[] {(shown - start) / 1_000_000, (rendered - start) / 1_000_000,
                (renderedEnd - rendered) / 1_000_000, (shown - renderedEnd) / 1_000_000});
        }
        return millis;
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

    /** Reads only the one bullet (not the whole page), so that polling adds next to nothing to the FX thread's work. */
    private boolean firstBulletShows(int section, String text) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Document document = window.preview().pane().engine().getDocument();
            Element element = document == null ? null : document.getElementById("section-" + section);
            return element != null && element.getElementsByTagName("li").item(0).getTextContent().endsWith(text);
        });
    }

    private static void report(String name, List<long[]> millis) {
        System.out.printf(Locale.ROOT, "keystroke -> preview, %s: %d keystrokes, p50 %d ms, p95 %d ms, max %d ms; "
                + "median phases: to render start %d ms, render %d ms, to shown %d ms%n", name, millis.size(),
                percentile(millis, 0, 0.50), percentile(millis, 0, 0.95), percentile(millis, 0, 1.0),
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
