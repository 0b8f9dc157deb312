package app.postwright.model;

import java.util.Map;

/**
 * One part of the posting body, shown under its heading. Four kinds exist, one record each; code that handles
 * sections implement {@link Visitor}.
 */
public sealed interface Section permits TextSection, BulletSection, FieldsSection, FaqSection {

    /** The heading as shown in output; never null. */
    String heading();

    /** False hides the section from every export and the preview, while keeping it in the draft. */
    boolean visible();

    /** Fields unknown to this version of Postwright, kept so that saving loses nothing. */
    Map<String, Object> extra();

    Section withHeading(String heading);

    Section withVisible(boolean visible);

    /** Calls the visitor method for this section's kind; adding a kind breaks every visitor at compile time. */
    <R> R accept(Visitor<R> visitor);

    /** One method per section kind (Java 17 has no pattern matching in switch yet). */
    interface Visitor<R> {
        R text(TextSection section);

        R bullets(BulletSection section);

        R fields(FieldsSection section);

        R faq(FaqSection section);
    }
}
