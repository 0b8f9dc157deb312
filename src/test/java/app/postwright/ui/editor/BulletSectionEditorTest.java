package app.postwright.ui.editor;

import app.postwright.model.BulletSection;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.ui.AppTheme;
import app.postwright.ui.document.DocumentModel;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static app.postwright.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The bullet editor on a posting of 1,000 bullets, driven headless (Monocle) through the real form. */
@ExtendWith(ApplicationExtension.class)
class BulletSectionEditorTest {
    private static final int BULLETS = 1000;
    private final DocumentModel document = new DocumentModel();
    private EditorHost host;

    @Start
    void start(Stage stage) {
        List<String> bullets = IntStream.range(0, BULLETS).mapToObj(i -> "Bullet number " + i).toList();
        document.load(new Posting(PostingDetails.EMPTY.withTitle("Large"),
                List.of(new BulletSection("Everything", bullets))), null);
        host = new EditorHost(document, new SimpleIntegerProperty(0));
        Scene scene = new Scene(host, 700, 600);
        scene.getStylesheets().setAll(AppTheme.baseStylesheetUrl(), AppTheme.LIGHT.stylesheetUrl());
        stage.setScene(scene);
        stage.show();
    }

    private List<String> bullets() {
        return ((BulletSection) document.posting().sections().get(0)).items();
    }

    private TextField bullet(FxRobot robot, int index) {
        return robot.lookup("#bullet-" + index).queryAs(TextField.class);
    }

    private boolean focused(FxRobot robot, int index) {
        return robot.lookup("#bullet-" + index).tryQuery().map(Node::isFocused).orElse(false);
    }

    private static <T> T onFx(Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, read);
    }

    @Test
    void onlyTheVisibleBulletsHaveControls(FxRobot robot) {
        int fields = robot.lookup(".bullet-cell .text-field").queryAll().size();

        assertThat(fields).isBetween(5, 40);
        assertThat(bullet(robot, 0).getText()).isEqualTo("Bullet number 0");
        assertThat(robot.lookup("#bullet-999").tryQuery()).isEmpty();
        assertThat(bullet(robot, 3).getAccessibleText()).isEqualTo("Bullet 4");
        assertThat(robot.lookup("#bullet-3-delete").queryAs(Button.class).getAccessibleText())
                .isEqualTo("Delete, entry 4");
    }

    @Test
    void typingChangesThatBulletAndUndoTakesItBackByWords(FxRobot robot) {
        robot.clickOn("#bullet-2").type(KeyCode.END).write(" and more");

        assertThat(bullets().get(2)).isEqualTo("Bullet number 2 and more");
        robot.interact(document::undo);
        assertThat(bullets().get(2)).isEqualTo("Bullet number 2 and ");
        assertThat(bullet(robot, 2).getText()).isEqualTo("Bullet number 2 and ");
    }

    @Test
    void enterInTheLastBulletAddsTheNextOneAndTypingGoesThere(FxRobot robot) {
        robot.interact(() -> host.control("bullet-999").orElseThrow().requestFocus());
        waitUntil(() -> focused(robot, 999));

        robot.type(KeyCode.END).type(KeyCode.ENTER).write("Mentor");

        waitUntil(() -> bullets().size() == BULLETS + 1 && bullets().get(BULLETS).equals("Mentor"));
        assertThat(bullets().get(BULLETS - 1)).isEqualTo("Bullet number 999");
        assertThat(focused(robot, BULLETS)).isTrue();
    }

    @Test
    void pastingSeveralLinesMakesSeveralBullets(FxRobot robot) {
        robot.clickOn("#bullet-1").type(KeyCode.END);
        robot.interact(() -> {
            ClipboardContent lines = new ClipboardContent();
            lines.putString("- Write tests\n- Review code");
            Clipboard.getSystemClipboard().setContent(lines);
            bullet(robot, 1).paste();
        });

        assertThat(bullets().subList(0, 4))
                .containsExactly("Bullet number 0", "Bullet number 1Write tests", "Review code", "Bullet number 2");
        waitUntil(() -> focused(robot, 2));
    }

    @Test
    void buttonsAndAltArrowsReorderAndTheFocusStaysWithTheBullet(FxRobot robot) {
        robot.clickOn("#bullet-0-down");
        assertThat(bullets().subList(0, 2)).containsExactly("Bullet number 1", "Bullet number 0");
        waitUntil(() -> focused(robot, 1));

        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        assertThat(bullets().subList(0, 2)).containsExactly("Bullet number 0", "Bullet number 1");
        waitUntil(() -> focused(robot, 0));
    }

    @Test
    void deleteButtonAndBackspaceInAnEmptyBulletRemoveIt(FxRobot robot) {
        robot.clickOn("#bullet-1-delete");
        assertThat(bullets()).hasSize(BULLETS - 1).doesNotContain("Bullet number 1");

        robot.clickOn("#bullet-1").type(KeyCode.END);
        robot.interact(() -> bullet(robot, 1).clear());
        robot.type(KeyCode.BACK_SPACE);

        assertThat(bullets()).hasSize(BULLETS - 2).startsWith("Bullet number 0", "Bullet number 3");
        waitUntil(() -> focused(robot, 0));
        assertThat(onFx(() -> bullet(robot, 0).getCaretPosition())).isEqualTo("Bullet number 0".length());
    }

    @Test
    void downArrowWalksThroughBulletsBeyondTheVisibleOnes(FxRobot robot) {
        robot.clickOn("#bullet-0");
        for (int i = 0; i < 40; i++) {
            robot.type(KeyCode.DOWN);
        }

        waitUntil(() -> focused(robot, 40));
        assertThat(bullet(robot, 40).getText()).isEqualTo("Bullet number 40");
        assertThat(robot.lookup("#bullet-0").tryQuery()).as("scrolled out of view").isEmpty();
    }

    @Test
    void aFocusedBulletScrolledAwayTakesTheFocusAlongAndGetsItBack(FxRobot robot) {
        robot.clickOn("#bullet-0").type(KeyCode.END);
        robot.interact(() -> BulletCell.scrollIntoView(robot.lookup("#bullet-list").query(), 600));
        waitUntil(() -> robot.lookup("#bullet-600").tryQuery().isPresent());

        Node owner = onFx(() -> host.getScene().getFocusOwner());
        assertThat(owner).as("no field showing another bullet keeps the focus").isNotInstanceOf(TextField.class);

        robot.interact(() -> BulletCell.scrollIntoView(robot.lookup("#bullet-list").query(), 0));
        waitUntil(() -> focused(robot, 0));
        robot.write("x");
        assertThat(bullets().get(0)).as("typed where the caret was").isEqualTo("Bullet number 0x");
    }
}
