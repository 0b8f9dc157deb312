package app.postwright.ui;

import app.postwright.draft.RecoveryStore;
import app.postwright.model.Posting;
import app.postwright.model.TextSection;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static app.postwright.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The start after a crash: the window offers the autosaved draft; Restore opens it unsaved, Discard removes it. */
@ExtendWith(ApplicationExtension.class)
class RecoveryPromptTest {
    private static final Posting CRASHED = TestPostings.backendDeveloper()
            .withDetails(TestPostings.backendDeveloper().details().withTitle("Typed for an hour"))
            .withSectionAdded(0, new TextSection("Last words", "Not saved before the crash."));

    private final Preferences prefs = Preferences.userRoot().node("postwright-test-" + UUID.randomUUID());
    private final FakeServices fakes = new FakeServices();
    private final Path original = Path.of("/home/hm/postings/backend.json");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        fakes.recovery.save("crashed-session", CRASHED, original);
        window = new MainWindow(stage, new Settings(prefs), fakes.services(TestRenderer.renderer()));
        stage.show();
        window.offerRecovery();
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void restoreOpensExactlyTheAutosavedStateMarkedUnsaved(FxRobot robot) {
        waitUntil(() -> robot.lookup("#recovery-prompt").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#recovery-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        assertThat(robot.lookup("#recovery-list .list-cell").queryLabeled().getText())
                .startsWith("Typed for an hour \u2014 backend.json \u2014 autosaved ");

        robot.clickOn("#recovery-restore");

        waitUntil(() -> CRASHED.equals(window.document().posting()));
        assertThat(window.document().isDirty()).isTrue();
        assertThat(window.document().file()).isEqualTo(original.toAbsolutePath());
        assertThat(window.stage().getTitle()).startsWith("*backend.json");
        assertThat(fakes.recovery.list()).extracting(RecoveryStore.Entry::id).containsExactly("crashed-session");
    }

    @Test
    void discardRemovesTheCopyAndLeavesTheStartView(FxRobot robot) {
        waitUntil(() -> robot.lookup("#recovery-prompt").tryQuery().isPresent());

        robot.clickOn("#recovery-discard");

        waitUntil(() -> fakes.recovery.list().isEmpty());
        assertThat(window.document().posting()).isEqualTo(Posting.EMPTY);
        assertThat(window.stage().getTitle()).isEqualTo("Postwright");
        assertThat(robot.lookup("#recovery-prompt").tryQuery()).isEmpty();
    }

}
