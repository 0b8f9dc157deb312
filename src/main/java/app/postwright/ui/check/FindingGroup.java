package app.postwright.ui.check;

import app.postwright.check.Finding;
import app.postwright.check.Severity;

import java.util.List;

/** The findings of one severity, as the checks panel lists them under "Errors", "Warnings" or "Tips". */
public record FindingGroup(Severity severity, List<Finding> findings) {
    public FindingGroup {
        findings = List.copyOf(findings);
    }

    /** "Errors", "Warnings", "Tips". */
    public String title() {
        return switch (severity) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case TIP -> "Tips";
        };
    }

    /** "1 error", "5 warnings", "0 tips". */
    static String count(Severity severity, long count) {
        return count + " " + severity.id() + (count == 1 ? "" : "s");
    }
}
