package app.postwright.check;

import app.postwright.render.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds "he"/"she" (and his, her, him...) that refer to the candidate rather than to a named person. Heuristic:
 * within the item, look back at the text before the pronoun; if the last thing mentioned is the candidate ("the
 * ideal candidate", "the new hire") the pronoun is about them; if it is a person (a title such as "manager" or
 * "CTO", an honorific, or a name written as two capitalised words) it is not. In a bullet with neither, the
 * pronoun can only mean the candidate. Anything else is left alone: a missed finding is cheaper than a false one.
 */
final class CandidatePronouns {
    private static final Pattern PRONOUN = Pattern.compile("\\b(he|she|him|his|her|hers|himself|herself)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?i)\\b(candidates?|applicants?|(new )?hires?|incumbent|jobholder|employee"
                    + "|the (right |ideal |successful )?(person|individual))\\b");
    private static final Pattern PERSON = Pattern.compile(
            "\\b(?i:manager|director|ceo|cto|cfo|coo|founder|co-founder|supervisor|mentor|boss|president|chair"
                    + "|head of \\w+|team lead|lead)\\b|\\b(?:Mr|Mrs|Ms|Mx|Dr)\\.?\\s+\\p{Lu}"
                    + "|(?<=[\\p{Ll},;:]\\s)\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+");

    private CandidatePronouns() {
    }

    /** Plain-text spans of pronouns in {@code plain} that refer to the candidate. */
    static List<Span> find(String plain, boolean isBullet) {
        List<Span> found = new ArrayList<>();
        Matcher pronoun = PRONOUN.matcher(plain);
        while (pronoun.find()) {
            String before = plain.substring(0, pronoun.start());
            int candidate = lastMatch(CANDIDATE, before);
            int person = lastMatch(PERSON, before);
            boolean aboutCandidate = candidate > person || (candidate < 0 && person < 0 && isBullet);
            if (aboutCandidate) {
                found.add(new Span(pronoun.start(), pronoun.end()));
            }
        }
        return found;
    }

    private static int lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }
}
