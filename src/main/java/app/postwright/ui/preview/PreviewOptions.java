package app.postwright.ui.preview;

import app.postwright.render.PageSize;
import app.postwright.render.RenderOptions;
import app.postwright.render.Theme;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The preview's choices, shared by its toolbar and the View menu: export theme, page size, page view. */
public final class PreviewOptions {
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.CLASSIC);
    private final ObjectProperty<PageSize> pageSize = new SimpleObjectProperty<>(this, "pageSize", PageSize.A4);
    private final BooleanProperty pageView = new SimpleBooleanProperty(this, "pageView");
    private final ObjectBinding<RenderOptions> renderOptions = Bindings.createObjectBinding(
            () -> new RenderOptions(theme.get(), pageSize.get()), theme, pageSize);

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<PageSize> pageSizeProperty() {
        return pageSize;
    }

    public BooleanProperty pageViewProperty() {
        return pageView;
    }

    public ObjectBinding<RenderOptions> renderOptionsProperty() {
        return renderOptions;
    }
}
