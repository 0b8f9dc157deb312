package app.postwright.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Exclusionary or off-putting phrasing from exclusionary-phrases.txt (hype titles, age cues, gendered words,
 * "culture fit", unnecessary physical requirements, jargon), plus gendered pronouns for the candidate. Rule ids are
 * "exclusionary." + the phrase's category. Sentences that welcome under-represented groups are skipped.
 */
public final class ExclusionaryPhrasingRule implements Rule {
    static final String PREFIX = "exclusionary.";
    static final String CANDIDATE_PRONOUN = PREFIX + "candidate-pronoun";

    private final List<ExclusionaryPhrases.Phrase> phrases = ExclusionaryPhrases.load();

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (TextItem item : context.items()) {
            String plain = item.plain();
            WelcomingStatements welcoming = new WelcomingStatements(plain);
            List<Span> taken = new ArrayList<>();
            for (ExclusionaryPhrases.Phrase phrase : phrases) {
                Matcher m = phrase.pattern().matcher(plain);
                while (m.find()) {
                    Span span = new Span(m.start(), m.end());
                    if (!welcoming.contains(m.start()) && !context.isAllowed(m.group()) && !overlaps(taken, span)) {
                        taken.add(span);
                        findings.add(phraseFinding(item, m, phrase));
                    }
                }
            }
            for (Span pronoun : CandidatePronouns.find(plain, item.isBullet())) {
                String word = plain.substring(pronoun.start(), pronoun.end());
                if (!welcoming.contains(pronoun.start()) && !context.isAllowed(word) && !overlaps(taken, pronoun)) {
                    findings.add(new Finding(CANDIDATE_PRONOUN, Severity.WARNING,
                            item.at(pronoun.start(), pronoun.end()),
                            "“" + word + "” assumes the candidate's gender.",
                            "Address the reader as “you” (“You will…”), or use “they”.", word));
                }
            }
        }
        return findings;
    }

    /** Overlapping matches ("he/she" also holds "he") are reported once, by the first-listed phrase. */
    private static boolean overlaps(List<Span> taken, Span span) {
        return taken.stream().anyMatch(s -> span.start() < s.end() && s.start() < span.end());
    }

    private static Finding phraseFinding(TextItem item, Matcher m, ExclusionaryPhrases.Phrase phrase) {
        return new Finding(PREFIX + phrase.category(), phrase.severity(), item.at(m.start(), m.end()),
                "“" + m.group() + "”: " + phrase.reason() + " (source: " + phrase.source() + ")",
                phrase.alternative(), m.group());
    }
}
