package app.postwright.check;

import java.util.Locale;

/** How much a finding matters, most severe first; the command line's {@code --fail-on} compares against it. */
public enum Severity {
    /** The posting is wrong or unfinished as published, e.g. an unfilled template placeholder. */
    ERROR,
    /** Likely to cost applicants or visibility; fix unless there is a reason not to. */
    WARNING,
    /** A suggestion; fine to ignore. */
    TIP;

    /** True when this severity is {@code other} or more severe. */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) <= 0;
    }

    /** Lower-case name used in command-line output: "error", "warning", "tip". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
