package app.postwright.ui.check;

import app.postwright.check.FindingLocation;
import app.postwright.model.Posting;

/** Says where a finding is in the editor's words: "Whole posting", "Details › Job title", "Skills › bullet 3". */
final class FindingWhere {
    private static final String SEPARATOR = " \u203a ";

    private FindingWhere() {
    }

    static String describe(FindingLocation location, Posting posting) {
        if (location instanceof FindingLocation.Details details) {
            return "Details" + SEPARATOR + FindingTarget.DetailsPlace.of(details.field()).label();
        }
        if (location instanceof FindingLocation.InSection in) {
            String section = sectionName(posting, in.section());
            String part = part(in);
            return part.isEmpty() ? section : section + SEPARATOR + part;
        }
        return "Whole posting";
    }

    private static String sectionName(Posting posting, int index) {
        if (index < posting.sections().size()) {
            String heading = posting.sections().get(index).heading().strip();
            if (!heading.isEmpty()) {
                return heading;
            }
        }
        return "Section " + (index + 1);
    }

    private static String part(FindingLocation.InSection in) {
        int number = in.item() + 1;
        return switch (in.part()) {
            case SECTION -> "";
            case HEADING -> "heading";
            case PARAGRAPH -> "paragraph " + number;
            case BULLET -> "bullet " + number;
            case FIELD_KEY -> "field " + number + " name";
            case FIELD_VALUE -> "field " + number + " value";
            case FAQ_QUESTION -> "question " + number;
            case FAQ_ANSWER -> "answer " + number;
        };
    }
}
