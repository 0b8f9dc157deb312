package app.postwright.ui.about;

import app.postwright.Version;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void showsVersionsAndTheBundledComponents(FxRobot robot) {
        robot.interact(() -> AboutDialog.show(stage));

        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText()).isEqualTo(Version.current());
        assertThat(robot.lookup("#about-build-date").queryAs(Label.class).getText()).isEqualTo(Version.buildDate());
        assertThat(robot.lookup("#about-java").queryAs(Label.class).getText())
                .startsWith(System.getProperty("java.runtime.version"));
        assertThat(robot.lookup("#about-javafx").queryAs(Label.class).getText()).startsWith("21.");
        TableView<?> components = robot.lookup("#about-components").queryAs(TableView.class);
        assertThat(components.getItems()).hasSameSizeAs(BundledComponent.all());
    }
}
