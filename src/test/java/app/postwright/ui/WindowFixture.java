package app.postwright.ui;

import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What every window test starts from: the real {@link MainWindow} over {@link FakeServices} and a throw-away
 * preferences node. A field of each test class, called from its {@code @Start} and {@code @AfterEach} methods
 * (TestFX 4.0.18 does not run an inherited {@code @Start}, so a base class cannot do this).
 */
final class WindowFixture {
    private final Preferences prefs = Preferences.userRoot().node("postwright-test-" + UUID.randomUUID());
    final FakeServices fakes = new FakeServices();

    /** Shows the window on {@code stage} with the fake files and templates and the real HTML renderer. */
    MainWindow open(Stage stage) {
        return open(stage, fakes.services(TestRenderer.renderer()));
    }

    MainWindow open(Stage stage, EditorServices services) {
        MainWindow window = new MainWindow(stage, new Settings(prefs), services);
        stage.show();
        return window;
    }

    /** A fresh reader of the settings the window stores. */
    Settings storedSettings() {
        return new Settings(prefs);
    }

    /**
     * Lets queued FX work finish (e.g. a file read's success handler writing the recent list) before the preferences
     * node goes.
     */
    void close() throws BackingStoreException {
        WaitForAsyncUtils.waitForFxEvents();
        prefs.removeNode();
    }
}
