package app.postwright.check;

import java.util.Locale;

/**
 * One thing a rule noticed, with how to fix it.
 *
 * @param ruleId      stable id such as "exclusionary.hype-title" or "pay.salary-missing"; docs/checks.md lists them
 * @param matchedText the text the finding is about ("rockstar"), or "" when it is about something missing
 * @param suggestion  a concrete fix; may be empty when the message says it all
 */
public record Finding(String ruleId, Severity severity, FindingLocation location, String message,
                      String suggestion, String matchedText) {

    public Finding {
        suggestion = suggestion == null ? "" : suggestion;
        matchedText = matchedText == null ? "" : matchedText;
    }

    /**
     * The id stored in {@code Posting.dismissedFindings()} when the writer dismisses this finding: rule, location
     * path and matched text, but not the span, so typing elsewhere in the same item keeps it dismissed.
     */
    public String id() {
        String base = ruleId + "@" + location.path();
        return matchedText.isEmpty() ? base : base + ":" + matchedText.toLowerCase(Locale.ROOT);
    }
}
