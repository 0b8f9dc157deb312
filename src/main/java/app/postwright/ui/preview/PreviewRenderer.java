package app.postwright.ui.preview;

import app.postwright.model.Posting;
import app.postwright.render.RenderOptions;

/** Posting → HTML for the preview; in the app exactly {@code HtmlRenderer::render}, the string HTML export writes. */
@FunctionalInterface
public interface PreviewRenderer {
    String render(Posting posting, RenderOptions options);
}
