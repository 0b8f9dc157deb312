package app.postwright.ui;

import app.postwright.check.Finding;
import app.postwright.model.BulletSection;
import app.postwright.ui.check.ChecksPanel;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.prefs.BackingStoreException;

import static app.postwright.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The checks panel in the real window: typing is checked, and a finding leads back to the flagged text. */
@ExtendWith(ApplicationExtension.class)
class ChecksPanelFxTest {
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

    @Test
    void aFlaggedWordTypedIntoABulletIsListedAndClickingItSelectsTheWordInThatBullet(FxRobot robot) {
        openBackendTemplateAtResponsibilities(robot);
        robot.clickOn("#bullet-1").press(KeyCode.END).release(KeyCode.END).write(" like a rockstar");
        waitUntil(() -> findingRow(robot, "rockstar") >= 0);

        // Go elsewhere first, so that the click has to bring the bullet back.
        selectOutlineRow(robot, 0);
        waitUntil(() -> robot.lookup("#bullet-1").tryQuery().isEmpty());
        robot.clickOn(findingLabel(robot, "rockstar"));

        waitUntil(() -> robot.lookup("#bullet-1").tryQuery().map(Node::isFocused).orElse(false));
        TextField bullet = robot.lookup("#bullet-1").queryAs(TextField.class);
        assertThat(bullet.getSelectedText()).isEqualTo("rockstar");
        assertThat(window.document().posting().sections().get(1)).isInstanceOf(BulletSection.class);
        ListView<?> outline = robot.lookup("#outline-list").queryAs(ListView.class);
        assertThat(outline.getSelectionModel().getSelectedIndex()).as("Responsibilities in the outline").isEqualTo(2);
    }

    @Test
    void enterOnAFindingGoesThereAndDeleteDismissesItInTheDraft(FxRobot robot) {
        openBackendTemplateAtResponsibilities(robot);
        robot.clickOn("#bullet-0").press(KeyCode.END).release(KeyCode.END).write(" with ninja skills");
        waitUntil(() -> findingRow(robot, "ninja") >= 0);
        TreeView<?> tree = robot.lookup("#checks-tree").queryAs(TreeView.class);
        robot.interact(() -> {
            tree.getSelectionModel().select(rowOf(tree, "ninja"));
            tree.requestFocus();
        });

        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#bullet-0").queryAs(TextField.class).isFocused());
        assertThat(robot.lookup("#bullet-0").queryAs(TextField.class).getSelectedText()).isEqualTo("ninja");

        robot.interact(() -> {
            tree.getSelectionModel().select(rowOf(tree, "ninja"));
            tree.requestFocus();
        });
        robot.type(KeyCode.DELETE);
        assertThat(window.document().posting().dismissedFindings())
                .containsExactly("exclusionary.hype-title@sections[1].bullets[0]:ninja");
        waitUntil(() -> findingRow(robot, "ninja") < 0);
        assertThat(onFx(() -> tree.getSelectionModel().getSelectedItem().getValue()))
                .as("the finding that took its place is selected, ready for the next Delete")
                .isInstanceOf(ChecksPanel.FindingRow.class);
    }

    @Test
    void theStatusBarCountsFindingsAndReopensTheClosedPanel(FxRobot robot) {
        openBackendTemplateAtResponsibilities(robot);
        waitUntil(() -> robot.lookup("#status-checks").queryLabeled().getText().contains("warning"));

        robot.clickOn("#checks-close");
        assertThat(robot.lookup("#checks-panel").tryQuery()).isEmpty();
        robot.clickOn("#status-checks");

        waitUntil(() -> robot.lookup("#checks-tree").tryQuery().map(Node::isFocused).orElse(false));
        assertThat(robot.lookup("#checks-summary").queryAs(Label.class).getText())
                .isEqualTo(robot.lookup("#status-checks").queryLabeled().getText());
    }

    private void openBackendTemplateAtResponsibilities(FxRobot robot) {
        waitUntil(() -> robot.lookup("#template-backend").tryQuery().isPresent());
        robot.clickOn("#template-backend");
        waitUntil(() -> !window.document().posting().sections().isEmpty());
        selectOutlineRow(robot, 2);
    }

    private void selectOutlineRow(FxRobot robot, int row) {
        ListView<?> list = robot.lookup("#outline-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(row));
    }

    /** The tree row of the finding about {@code word}, or -1 while there is none; read on the FX thread. */
    private static int findingRow(FxRobot robot, String word) {
        return onFx(() -> rowOf(robot.lookup("#checks-tree").queryAs(TreeView.class), word));
    }

    /** Call on the FX thread. */
    private static int rowOf(TreeView<?> tree, String word) {
        for (int row = 0; row < tree.getExpandedItemCount(); row++) {
            TreeItem<?> item = tree.getTreeItem(row);
            if (item.getValue() instanceof ChecksPanel.FindingRow finding && matches(finding.finding(), word)) {
                return row;
            }
        }
        return -1;
    }

    private static boolean matches(Finding finding, String word) {
        return finding.matchedText().equalsIgnoreCase(word);
    }

    /** The message label of the finding about {@code word}, scrolled into view. */
    private static Node findingLabel(FxRobot robot, String word) {
        TreeView<?> tree = robot.lookup("#checks-tree").queryAs(TreeView.class);
        robot.interact(() -> tree.scrollTo(rowOf(tree, word)));
        // The cells for the rows scrolled to are made on the next layout pulse.
        waitUntil(() -> messageLabel(robot, word).tryQuery().isPresent());
        return messageLabel(robot, word).query();
    }

    private static NodeQuery messageLabel(FxRobot robot, String word) {
        return robot.lookup("#checks-tree .check-message")
                .match((Label label) -> label.getText().contains("\u201c" + word + "\u201d"));
    }

    private static <T> T onFx(Callable<T> callable) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, callable);
    }

}
