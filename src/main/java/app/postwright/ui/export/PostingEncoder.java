package app.postwright.ui.export;

import app.postwright.model.Posting;
import app.postwright.render.RenderOptions;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a posting in one file format. */
@FunctionalInterface
public interface PostingEncoder {
    void encode(Posting posting, RenderOptions options, OutputStream out) throws IOException;
}
