package app.postwright.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Readability of the body text: a tip when the Flesch–Kincaid grade is above 10, for the whole posting and for each
 * section of at least {@value #MIN_SECTION_WORDS} words (shorter sections give meaningless scores).
 */
public final class ReadabilityRule implements Rule {
    static final String POSTING = "readability.posting";
    static final String SECTION = "readability.section";
    static final double MAX_GRADE = 10;
    static final int MIN_SECTION_WORDS = 30;

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        List<String> all = new ArrayList<>();
        Map<Integer, List<String>> bySection = new TreeMap<>();
        for (TextItem item : context.items()) {
            if (item.kind() == TextItem.Kind.BODY) {
                all.add(item.plain());
                bySection.computeIfAbsent(item.section(), s -> new ArrayList<>()).add(item.plain());
            }
        }
        Readability whole = Readability.of(all);
        if (whole.words() > 0 && whole.grade() > MAX_GRADE) {
            findings.add(finding(POSTING, FindingLocation.posting(), "The posting", whole));
        }
        bySection.forEach((section, texts) -> {
            Readability score = Readability.of(texts);
            if (score.words() >= MIN_SECTION_WORDS && score.grade() > MAX_GRADE) {
                String heading = context.posting().sections().get(section).heading();
                findings.add(finding(SECTION, FindingLocation.section(section),
                        heading.isBlank() ? "This section" : "“" + heading + "”", score));
            }
        });
        return findings;
    }

    private static Finding finding(String ruleId, FindingLocation location, String what, Readability score) {
        String message = String.format(Locale.ROOT,
                "%s reads at US grade %.1f (Flesch–Kincaid; Flesch Reading Ease %.0f); above grade %.0f, "
                        + "fewer people read to the end.", what, score.grade(), score.readingEase(), MAX_GRADE);
        return new Finding(ruleId, Severity.TIP, location, message,
                "Use shorter sentences (about 15–20 words) and everyday words.", "");
    }
}
