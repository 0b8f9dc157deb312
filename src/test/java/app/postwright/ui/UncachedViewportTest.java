package app.postwright.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class UncachedViewportTest {
    private ScrollPane plain;
    private ScrollPane uncached;

    @Start
    void start(Stage stage) {
        plain = new ScrollPane(new Label("cached by JavaFX"));
        uncached = UncachedViewport.of(new ScrollPane(new Label("not cached")));
        stage.setScene(new Scene(new HBox(plain, uncached), 400, 300));
        stage.show();
    }

    @Test
    void theViewportOfAWrappedScrollPaneIsNotCachedWhileJavaFxCachesOthers() {
        assertThat(viewport(plain).isCache()).as("JavaFX's default, which the wrapper turns off").isTrue();
        assertThat(viewport(uncached).isCache()).isFalse();
    }

    private static Node viewport(ScrollPane scroll) {
        Node viewport = scroll.lookup(".viewport");
        assertThat(viewport).as("the skin's viewport").isNotNull();
        return viewport;
    }
}
