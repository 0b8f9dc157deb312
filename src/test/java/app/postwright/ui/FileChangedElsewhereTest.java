package app.postwright.ui;

import app.postwright.draft.DraftCodec;
import app.postwright.model.Posting;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.BackingStoreException;

import static app.postwright.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 4, point 7 in the editor: saving over a draft someone else changed since it was opened asks first. */
@ExtendWith(ApplicationExtension.class)
class FileChangedElsewhereTest {
    @TempDir
    Path dir;

    private final WindowFixture fixture = new WindowFixture();
    private final DraftCodec codec = new DraftCodec();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = fixture.open(stage);
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        fixture.close();
    }

    /** Opens a draft, has "another program" rewrite it, types into the title and presses Ctrl+S. */
    private Path editAfterSomeoneElseChangedTheFile(FxRobot robot) throws IOException {
        Path file = dir.resolve("job.json");
        codec.save(TestPostings.backendDeveloper(), file);
        robot.interact(() -> window.open(file));
        waitUntil(() -> file.equals(window.document().file()));
        waitUntil(() -> robot.lookup("#details-title").tryQuery().map(node -> node.isVisible()).orElse(false));
        Posting theirs = TestPostings.backendDeveloper().withDetails(
                TestPostings.backendDeveloper().details().withTitle("Their title"));
        codec.save(theirs, file);

        robot.clickOn("#details-title").press(KeyCode.END).release(KeyCode.END).write(" (mine)");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#file-changed-prompt").tryQuery().isPresent());
        return file;
    }

    @Test
    void cancelKeepsTheirFileAndOurUnsavedChanges(FxRobot robot) throws IOException {
        Path file = editAfterSomeoneElseChangedTheFile(robot);

        robot.clickOn("#file-changed-cancel");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(codec.read(file).details().title()).isEqualTo("Their title");
        assertThat(window.document().isDirty()).isTrue();
    }

    @Test
    void overwriteSavesOurVersion(FxRobot robot) throws IOException {
        Path file = editAfterSomeoneElseChangedTheFile(robot);
        Posting ours = window.document().posting();

        robot.clickOn("#file-changed-overwrite");

        waitUntil(() -> !window.document().isDirty());
        assertThat(codec.read(file)).isEqualTo(ours);
        assertThat(ours.details().title()).endsWith(" (mine)");
    }

}
