package app.postwright.ui.export;

import app.postwright.model.Posting;
import app.postwright.render.RenderOptions;

import java.nio.file.Path;
import java.util.Objects;

/** One export, fixed when the user clicks Export: later edits to the dialog or the posting do not change it. */
public record ExportRequest(Posting posting, ExportFormat format, RenderOptions options, Path target) {
    public ExportRequest {
        Objects.requireNonNull(posting, "posting");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(target, "target");
    }
}
