package app.postwright.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. Placeholder window until the editor lands. */
public final class PostwrightApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Postwright");
        stage.setScene(new Scene(new Label("Postwright editor"), 1280, 800));
        stage.show();
    }
}
