package app.postwright.ui.outline;

import app.postwright.model.BulletSection;
import app.postwright.model.FaqSection;
import app.postwright.model.FieldsSection;
import app.postwright.model.Section;
import app.postwright.model.TextSection;

/**
 * One row of the outline: "Posting details" ({@code index} -1) or the section at {@code index}.
 *
 * @param kind short name of the section kind, "" for the details row
 */
public record OutlineEntry(int index, String label, String kind, boolean visible) {
    public static final OutlineEntry DETAILS = new OutlineEntry(-1, "Posting details", "", true);

    public boolean isDetails() {
        return index < 0;
    }

    static OutlineEntry of(int index, Section section) {
        String label = section.heading().isBlank() ? "Untitled section" : section.heading();
        return new OutlineEntry(index, label, kindName(section), section.visible());
    }

    /** The kind's short name for the outline's badge. */
    private static String kindName(Section section) {
        return section.accept(new Section.Visitor<>() {
            @Override
            public String text(TextSection s) {
                return "Text";
            }

            @Override
            public String bullets(BulletSection s) {
                return "Bullets";
            }

            @Override
            public String fields(FieldsSection s) {
                return "Fields";
            }

            @Override
            public String faq(FaqSection s) {
                return "FAQ";
            }
        });
    }
}
