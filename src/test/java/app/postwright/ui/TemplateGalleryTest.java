package app.postwright.ui;

import app.postwright.template.TemplateCatalog;
import app.postwright.ui.start.TemplateSource;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.BackingStoreException;

import static app.postwright.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The start view over the real template catalog: built-in templates, and a user template saved from the editor. */
@ExtendWith(ApplicationExtension.class)
class TemplateGalleryTest {
    private final WindowFixture fixture = new WindowFixture();
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path userTemplates = Files.createTempDirectory("postwright-templates");
        window = fixture.open(stage, fixture.fakes.services(TestRenderer.renderer(),
                TemplateSource.of(new TemplateCatalog(userTemplates))));
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        fixture.close();
    }

    @Test
    void builtInTemplateOpensAndASavedTemplateJoinsTheGallery(FxRobot robot) {
        waitUntil(() -> robot.lookup("#template-backend-systems-developer").tryQuery().isPresent());
        assertThat(robot.lookup("#template-blank").tryQuery()).isPresent();

        robot.clickOn("#template-backend-systems-developer");
        waitUntil(() -> window.document().posting().details().title().equals("Backend Systems Developer"));
        assertThat(window.document().posting().sections()).isNotEmpty();

        robot.clickOn("#menu-bar").clickOn("File").clickOn("Save as Template…");
        robot.interact(() -> robot.lookup("#template-name").queryAs(TextField.class).setText("Our backend role"));
        robot.clickOn("OK");
        waitUntil(() -> robot.lookup("#status-message").queryLabeled().getText().contains("Our backend role"));

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#template-our-backend-role").tryQuery().isPresent());
    }

}
