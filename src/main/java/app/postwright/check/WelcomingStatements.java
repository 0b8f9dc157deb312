package app.postwright.check;

import app.postwright.render.Span;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds sentences that invite under-represented groups to apply ("We encourage women and people of colour to
 * apply", "Applications from older workers are especially welcome", "new graduates are welcome") or state equal
 * opportunity. Word rules skip
 * them: naming a group in order to welcome it is the opposite of excluding it.
 */
final class WelcomingStatements {
    private static final Pattern INVITING = Pattern.compile(
            "(?i)\\b(encourag\\w*|invit\\w*|especially|particularly)\\b");
    /** "We welcome experienced nurses and recent graduates": welcoming a group needs no word about applying. */
    private static final Pattern WELCOME = Pattern.compile("(?i)\\bwelcom\\w*");
    private static final Pattern APPLYING = Pattern.compile(
            "(?i)\\b(appl(y|ying|ications?|icants?)|candidates|to join)\\b");
    private static final Pattern EQUAL_OPPORTUNITY = Pattern.compile(
            "(?i)\\b(equal[- ]opportunit\\w*|discriminat\\w*|regardless of)\\b");

    private final String plain;
    private List<Span> welcoming;

    WelcomingStatements(String plain) {
        this.plain = plain;
    }

    private static boolean isWelcoming(String sentence) {
        return INVITING.matcher(sentence).find() && APPLYING.matcher(sentence).find()
                || WELCOME.matcher(sentence).find() || EQUAL_OPPORTUNITY.matcher(sentence).find();
    }

    /** True when plain-text position {@code at} lies in a welcoming sentence. */
    boolean contains(int at) {
        if (welcoming == null) {
            // Computed on first use: most texts have nothing to flag, so they never need splitting into sentences.
            welcoming = Words.sentences(plain).stream()
                    .filter(s -> isWelcoming(plain.substring(s.start(), s.end()))).toList();
        }
        return welcoming.stream().anyMatch(s -> s.start() <= at && at < s.end());
    }
}
