package app.postwright.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * The scroll pane around a form. {@code ScrollPaneSkin} caches its viewport as a bitmap (good for scrolling a
 * static page), but a form changes with every keystroke: the cache was rebuilt each time, which repainted the whole
 * form (about 170 nodes) to show one new letter, 11–16 ms of the render thread per keystroke on the build machine.
 */
final class FormScroll {
    private FormScroll() {
    }

    static ScrollPane around(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        scroll.skinProperty().addListener((obs, old, skin) -> {
            Node viewport = scroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        return scroll;
    }
}
