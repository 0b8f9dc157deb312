package app.postwright.check;

import app.postwright.render.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Exclusionary or off-putting phrasing from exclusionary-phrases.txt (hype titles, age cues, gendered words,
 * "culture fit", unnecessary physical requirements, jargon), plus gendered pronouns for the candidate. Rule ids are
 * "exclusionary." + the phrase's category. Sentences that welcome under-represented groups are skipped.
 */
public final class ExclusionaryPhrasingRule implements Rule {
    static final String PREFIX = "exclusionary.";
    static final String CANDIDATE_PRONOUN = PREFIX + "candidate-pronoun";

    private final ExclusionaryPhrases phrases = ExclusionaryPhrases.load();

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (TextItem item : context.wording()) {
            String plain = item.plain();
            WelcomingStatements welcoming = new WelcomingStatements(plain);
            List<Span> taken = new ArrayList<>();
            for (ExclusionaryPhrases.Match match : phrases.find(plain)) {
                taken.add(new Span(match.start(), match.end()));
                if (!welcoming.contains(match.start()) && !context.isAllowed(match.text())) {
                    findings.add(phraseFinding(item, match));
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

    /** A pronoun inside a phrase already matched ("he" in "he/she") is not reported again. */
    private static boolean overlaps(List<Span> taken, Span span) {
        return taken.stream().anyMatch(s -> span.start() < s.end() && s.start() < span.end());
    }

    private static Finding phraseFinding(TextItem item, ExclusionaryPhrases.Match match) {
        ExclusionaryPhrases.Phrase phrase = match.phrase();
        return new Finding(PREFIX + phrase.category(), phrase.severity(), item.at(match.start(), match.end()),
                "“" + match.text() + "”: " + phrase.reason() + " (source: " + phrase.source() + ")",
                phrase.alternative(), match.text());
    }
}
