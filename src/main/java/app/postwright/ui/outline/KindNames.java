package app.postwright.ui.outline;

import app.postwright.model.StandardSection;

/** User-facing names of the section kinds. */
final class KindNames {
    private KindNames() {
    }

    static String name(StandardSection.Kind kind) {
        return switch (kind) {
            case TEXT -> "Text";
            case BULLETS -> "Bullet list";
            case FIELDS -> "Fields";
            case FAQ -> "Questions and answers";
        };
    }
}
