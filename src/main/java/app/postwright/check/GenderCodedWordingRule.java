package app.postwright.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gender-coded wording (Gaucher, Friesen and Kay 2011): each masculine-coded word is a tip, because the study found
 * such wording made postings less appealing to women while feminine-coded wording did not deter men; feminine-coded
 * words only count toward the balance, which is reported when it is not neutral. Sentences that welcome
 * applicants from under-represented groups or state equal opportunity are skipped.
 */
public final class GenderCodedWordingRule implements Rule {
    static final String WORD = "gender-coded.word";
    static final String BALANCE = "gender-coded.balance";
    private static final String SOURCE = "Gaucher, Friesen & Kay 2011";

    private final GenderCodedWords words = GenderCodedWords.load();

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        Set<String> masculineWords = new LinkedHashSet<>();
        Set<String> feminineWords = new LinkedHashSet<>();
        int masculine = 0;
        int feminine = 0;
        for (TextItem item : context.wording()) {
            WelcomingStatements welcoming = new WelcomingStatements(item.plain());
            for (Words.Word word : Words.of(item.plain())) {
                var entry = words.find(word.text());
                if (entry.isEmpty() || context.isAllowed(word.text()) || welcoming.contains(word.start())) {
                    continue;
                }
                if (entry.get().coding() == GenderCodedWords.Coding.FEMININE) {
                    feminine++;
                    feminineWords.add(word.text().toLowerCase(Locale.ROOT));
                    continue;
                }
                masculine++;
                masculineWords.add(word.text().toLowerCase(Locale.ROOT));
                findings.add(wordFinding(item, word, entry.get()));
            }
        }
        GenderBalance balance = GenderBalance.of(masculine, feminine);
        if (balance != GenderBalance.NEUTRAL) {
            findings.add(new Finding(BALANCE, Severity.TIP, FindingLocation.posting(),
                    "The wording is " + balance.label() + ": " + masculine + " masculine-coded word(s)"
                            + list(masculineWords) + " and " + feminine + " feminine-coded word(s)"
                            + list(feminineWords) + " (" + SOURCE + ").",
                    balanceSuggestion(balance), balance.name()));
        }
        return findings;
    }

    private static Finding wordFinding(TextItem item, Words.Word word, GenderCodedWords.Entry entry) {
        String suggestion = entry.alternative().isEmpty()
                ? "Keep it if it is essential to the job; otherwise use a neutral word."
                : "Consider: " + entry.alternative() + ".";
        return new Finding(WORD, Severity.TIP, item.at(word.start(), word.end()),
                "“" + word.text() + "” is masculine-coded (" + SOURCE + "); such wording made postings less "
                        + "appealing to women in their study.", suggestion, word.text());
    }

    private static String balanceSuggestion(GenderBalance balance) {
        return switch (balance) {
            case MASCULINE, STRONGLY_MASCULINE ->
                    "Replace some masculine-coded words, or describe collaboration, support and development too.";
            default -> "No change needed: feminine-coded wording did not deter men in the study.";
        };
    }

    private static String list(Set<String> words) {
        return words.isEmpty() ? "" : " (" + String.join(", ", words) + ")";
    }
}
