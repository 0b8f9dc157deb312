package app.postwright.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Turns off the bitmap cache that {@code ScrollPaneSkin} keeps of a scroll pane's viewport. The cache pays off when a
 * static page scrolls, but it is rebuilt in full whenever anything inside changes, and with the software renderer it
 * is an int array the size of the viewport on the Java heap that stays while the scroll pane exists, shown or not:
 * <ul>
 * <li>a form changes with every keystroke, and rebuilding its cache repainted the whole form (about 170 nodes) to
 * show one new letter, 11–16 ms of the render thread per keystroke;</li>
 * <li>the start view, kept to be shown again after Close, held 5.4 MB of pixels for the whole editing session
 * (docs/performance.md, fifth session).</li>
 * </ul>
 */
public final class UncachedViewport {
    private UncachedViewport() {
    }

    /** {@code scroll}, whose viewport will not be cached once its skin exists. */
    public static ScrollPane of(ScrollPane scroll) {
        scroll.skinProperty().addListener((obs, old, skin) -> {
            Node viewport = scroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        return scroll;
    }
}
