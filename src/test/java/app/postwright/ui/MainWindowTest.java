package app.postwright.ui;

import app.postwright.draft.DraftCodec;
import app.postwright.model.BulletSection;
import app.postwright.model.Posting;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.prefs.BackingStoreException;

import static app.postwright.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Drives the real window headless (Monocle) against fake files and templates and the real HTML renderer. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final WindowFixture fixture = new WindowFixture();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = fixture.open(stage);
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        fixture.close();
    }

    private void newFromBackendTemplate(FxRobot robot) {
        waitUntil(() -> robot.lookup("#template-backend").tryQuery().isPresent());
        robot.clickOn("#template-backend");
        waitUntil(() -> !window.document().posting().sections().isEmpty());
    }

    private void selectOutlineRow(FxRobot robot, int row) {
        ListView<?> list = robot.lookup("#outline-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(row));
    }

    private String previewText() {
        return onFx(() -> {
            Document document = window.preview().pane().engine().getDocument();
            return document == null ? "" : document.getDocumentElement().getTextContent();
        });
    }

    private List<String> previewHeadings() {
        return onFx(() -> {
            List<String> headings = new ArrayList<>();
            Document document = window.preview().pane().engine().getDocument();
            if (document != null) {
                NodeList nodes = document.getElementsByTagName("h2");
                for (int i = 0; i < nodes.getLength(); i++) {
                    headings.add(nodes.item(i).getTextContent().strip());
                }
            }
            return headings;
        });
    }

    @Test
    void newFromTemplateThenEditABulletShowsInThePreview(FxRobot robot) {
        newFromBackendTemplate(robot);
        selectOutlineRow(robot, 2);

        robot.clickOn("#bullet-1").press(KeyCode.END).release(KeyCode.END).write(" for analytics");

        assertThat(((BulletSection) window.document().posting().sections().get(1)).items().get(1))
                .isEqualTo("Design data storage for analytics");
        waitUntil(() -> previewText().contains("Design data storage for analytics"));
    }

    @Test
    void theStatusBarShowsSaveStateAndWordCountOnlyForAnOpenPosting(FxRobot robot) {
        Node words = robot.lookup("#status-words").query();
        Node saveState = robot.lookup("#status-save-state").query();
        assertThat(words.isVisible()).as("on the start view").isFalse();
        assertThat(saveState.isVisible()).as("on the start view").isFalse();

        newFromBackendTemplate(robot);

        assertThat(words.isVisible()).isTrue();
        assertThat(saveState.isVisible()).isTrue();
        assertThat(((Label) words).getText()).contains("words");
    }

    @Test
    void enterInABulletStartsTheNextBullet(FxRobot robot) {
        newFromBackendTemplate(robot);
        selectOutlineRow(robot, 2);

        robot.clickOn("#bullet-1").press(KeyCode.END).release(KeyCode.END).type(KeyCode.ENTER).write("Mentor");

        assertThat(((BulletSection) window.document().posting().sections().get(1)).items())
                .containsExactly("Develop server-side logic", "Design data storage", "Mentor");
        assertThat(robot.lookup("#bullet-2").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void addReorderAndRemoveASectionAndThePreviewFollows(FxRobot robot) {
        newFromBackendTemplate(robot);
        selectOutlineRow(robot, 1);
        waitUntil(() -> previewHeadings().contains("Responsibilities"));

        robot.clickOn("#outline-add").clickOn("Benefits");
        waitUntil(() -> previewHeadings().equals(
                List.of("Job Brief", "Benefits", "Responsibilities", "Additional Information", "FAQs")));

        robot.clickOn("#outline-up");
        waitUntil(() -> previewHeadings().equals(
                List.of("Benefits", "Job Brief", "Responsibilities", "Additional Information", "FAQs")));

        robot.clickOn("#outline-list").press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitUntil(() -> previewHeadings().equals(
                List.of("Job Brief", "Benefits", "Responsibilities", "Additional Information", "FAQs")));

        robot.clickOn("#outline-remove");
        waitUntil(() -> previewHeadings().equals(
                List.of("Job Brief", "Responsibilities", "Additional Information", "FAQs")));
    }

    @Test
    void hidingASectionLeavesItInTheDraftButNotInThePreview(FxRobot robot) {
        newFromBackendTemplate(robot);
        selectOutlineRow(robot, 3);

        robot.clickOn("#section-shown");
        waitUntil(() -> previewHeadings().equals(List.of("Job Brief", "Responsibilities", "FAQs")));
        assertThat(window.document().posting().sections()).hasSize(4);
    }

    @Test
    void dragAndDropInTheOutlineReordersSections(FxRobot robot) {
        newFromBackendTemplate(robot);

        robot.drag("FAQs").dropTo("Job Brief");
        waitUntil(() -> previewHeadings().equals(
                List.of("FAQs", "Job Brief", "Responsibilities", "Additional Information")));
    }

    @Test
    void undoAndRedoWithTheKeyboard(FxRobot robot) {
        newFromBackendTemplate(robot);
        robot.clickOn("#details-title").press(KeyCode.END).release(KeyCode.END).write(" II");
        assertThat(window.document().posting().details().title()).isEqualTo("Backend Systems Developer II");
        assertThat(window.stage().getTitle()).isEqualTo("*Untitled \u2014 Postwright");

        // Word-sized steps: the first undo takes back "II", the second the space before it.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(window.document().posting().details().title()).isEqualTo("Backend Systems Developer ");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(window.document().posting().details().title()).isEqualTo("Backend Systems Developer");
        assertThat(robot.lookup("#details-title").queryAs(TextField.class).getText())
                .isEqualTo("Backend Systems Developer");
        assertThat(window.stage().getTitle()).isEqualTo("Untitled \u2014 Postwright");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(window.document().posting().details().title()).isEqualTo("Backend Systems Developer ");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertThat(window.document().posting().details().title()).isEqualTo("Backend Systems Developer II");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertThat(window.document().posting().details().title()).isEqualTo("Backend Systems Developer II");
    }

    @Test
    void saveThenReopenGivesTheSamePosting(FxRobot robot) throws java.io.IOException {
        newFromBackendTemplate(robot);
        robot.clickOn("#details-title").press(KeyCode.END).release(KeyCode.END).write(" (Berlin)");
        Posting edited = window.document().posting();
        Path target = java.nio.file.Files.createTempDirectory("postwright-ui").resolve("backend.json");
        fixture.fakes.nextSaveTarget = target;

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !window.document().isDirty());
        assertThat(window.stage().getTitle()).isEqualTo("backend.json \u2014 Postwright");
        assertThat(new DraftCodec().read(target)).isEqualTo(edited);

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#recent-0").tryQuery().isPresent());
        robot.clickOn("#recent-0");
        waitUntil(() -> target.equals(window.document().file()));
        assertThat(window.document().posting()).isEqualTo(edited);
    }

    @Test
    void closingWithUnsavedChangesAsks(FxRobot robot) {
        newFromBackendTemplate(robot);
        robot.clickOn("#details-title").write("!");

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#prompt-cancel").tryQuery().isPresent());
        robot.clickOn("#prompt-cancel");
        assertThat(robot.lookup("#editor-view").tryQuery()).isPresent();
        assertThat(window.document().isDirty()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#prompt-discard").tryQuery().isPresent());
        robot.clickOn("#prompt-discard");
        waitUntil(() -> robot.lookup("#start-view").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(window.document().isDirty()).isFalse();
    }

    @Test
    void openingAMarkdownFileImportsItAsAnUntitledDraft(FxRobot robot) throws java.io.IOException {
        Path markdown = java.nio.file.Files.createTempDirectory("postwright-ui").resolve("job.md");
        java.nio.file.Files.writeString(markdown, String.join("\n", "# Backend Systems Developer", "",
                "## Job Brief", "", "We are seeking a skilled developer.", "",
                "## Responsibilities", "", "- Develop server-side logic", "- Design data storage", ""));

        robot.interact(() -> window.open(markdown));
        waitUntil(() -> !window.document().posting().sections().isEmpty());

        assertThat(window.document().posting().details().title()).isEqualTo("Backend Systems Developer");
        assertThat(window.document().posting().sections()).extracting(app.postwright.model.Section::heading)
                .containsExactly("Job Brief", "Responsibilities");
        assertThat(window.document().file()).isNull();
        // The title follows the document on the next FX pulse.
        waitUntil(() -> "Untitled \u2014 Postwright".equals(window.stage().getTitle()));
        waitUntil(() -> previewText().contains("Design data storage"));
    }

    @Test
    void missingTitleAndInvertedSalaryAreMarked(FxRobot robot) {
        newFromBackendTemplate(robot);
        TextField title = robot.lookup("#details-title").queryAs(TextField.class);
        TextField minimum = robot.lookup("#details-salary-minimum").queryAs(TextField.class);
        assertThat(title.getStyleClass()).doesNotContain("error");

        robot.interact(() -> title.setText(""));
        robot.interact(() -> minimum.setText("120,000"));
        robot.interact(() -> robot.lookup("#details-salary-maximum").queryAs(TextField.class).setText("90000"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(title.getStyleClass()).contains("error");
        assertThat(minimum.getStyleClass()).contains("error");
        robot.interact(() -> minimum.setText("80000"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(minimum.getStyleClass()).doesNotContain("error");
        assertThat(window.document().posting().details().salary().minimum()).isEqualByComparingTo("80000");
    }

    @Test
    void quittingRemembersTheWindowBounds(FxRobot robot) {
        robot.interact(() -> {
            window.stage().setX(40);
            window.stage().setWidth(1000);
        });
        robot.interact(window::quit);

        Settings stored = fixture.storedSettings();
        assertThat(window.stage().isShowing()).isFalse();
        assertThat(stored.get(Settings.WINDOW_X)).isEqualTo(40.0);
        assertThat(stored.get(Settings.WINDOW_WIDTH)).isEqualTo(1000.0);
    }

    @Test
    void badFileShowsAReadableErrorAndTheAppKeepsRunning(FxRobot robot) throws java.io.IOException {
        Path broken = java.nio.file.Files.createTempDirectory("postwright-ui").resolve("broken.json");
        java.nio.file.Files.writeString(broken, "{ \"format\": ");
        robot.interact(() -> window.open(broken));

        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        assertThat(robot.lookup(".content.label").queryLabeled().getText()).contains("broken.json");
        robot.clickOn("OK");
        assertThat(robot.lookup("#start-view").tryQuery()).isPresent();
    }

    private static <T> T onFx(Callable<T> callable) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, callable);
    }

}
