package app.postwright.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Restores the window's size and position from the settings, or fits a default size to the screen. */
final class WindowBounds {
    private static final double DEFAULT_WIDTH = 1400;
    private static final double DEFAULT_HEIGHT = 900;

    private WindowBounds() {
    }

    static void restore(Stage stage, Settings settings) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = settings.get(Settings.WINDOW_WIDTH);
        double height = settings.get(Settings.WINDOW_HEIGHT);
        double x = settings.get(Settings.WINDOW_X);
        double y = settings.get(Settings.WINDOW_Y);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        if (Double.isNaN(width) || Double.isNaN(height) || !onSomeScreen(x, y, width, height)) {
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        } else {
            stage.setX(x);
            stage.setY(y);
            stage.setWidth(width);
            stage.setHeight(height);
        }
        stage.setMaximized(settings.get(Settings.WINDOW_MAXIMIZED));
    }

    static void store(Stage stage, Settings settings) {
        settings.put(Settings.WINDOW_MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized()) {
            settings.put(Settings.WINDOW_X, stage.getX());
            settings.put(Settings.WINDOW_Y, stage.getY());
            settings.put(Settings.WINDOW_WIDTH, stage.getWidth());
            settings.put(Settings.WINDOW_HEIGHT, stage.getHeight());
        }
    }

    /** False when the stored bounds are on a screen that is no longer attached. */
    private static boolean onSomeScreen(double x, double y, double width, double height) {
        return !Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(x, y, Math.max(1, width), Math.max(1, height)).isEmpty();
    }
}
