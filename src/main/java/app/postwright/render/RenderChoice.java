package app.postwright.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A render option the user picks by a short id on the command line and in settings ("modern", "letter"). */
interface RenderChoice {
    String id();

    String displayName();

    /** The constant of {@code type} with this id, ignoring case; IllegalArgumentException naming the valid ids. */
    static <E extends Enum<E> & RenderChoice> E byId(Class<E> type, String id, String what) {
        E[] choices = type.getEnumConstants();
        for (E choice : choices) {
            if (choice.id().equals(id.toLowerCase(Locale.ROOT))) {
                return choice;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + id + "' (expected one of: "
                + Arrays.stream(choices).map(RenderChoice::id).collect(Collectors.joining(", ")) + ")");
    }
}
