package app.postwright.check;

import app.postwright.model.BulletSection;
import app.postwright.model.Section;
import app.postwright.render.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Length: the body's word count (a tip below {@value #MIN_WORDS} or above {@value #MAX_WORDS}), sections with more
 * than {@value #MAX_BULLETS} bullets, and bullets over {@value #MAX_BULLET_WORDS} words.
 */
public final class LengthRule implements Rule {
    static final String POSTING = "length.posting";
    static final String BULLETS = "length.bullets";
    static final String BULLET = "length.bullet";
    static final int MIN_WORDS = 300;
    static final int MAX_WORDS = 700;
    static final int MAX_BULLETS = 8;
    static final int MAX_BULLET_WORDS = 25;

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        int words = 0;
        for (TextItem item : context.items()) {
            if (item.kind() != TextItem.Kind.BODY) {
                continue;
            }
            int count = Words.count(item.plain());
            words += count;
            if (item.isBullet() && count > MAX_BULLET_WORDS) {
                findings.add(new Finding(BULLET, Severity.TIP, item.locate().apply(Span.NONE),
                        "This bullet has " + count + " words; bullets over " + MAX_BULLET_WORDS
                                + " words are hard to scan.", "Split it, or keep one idea per bullet.", ""));
            }
        }
        if (words < MIN_WORDS) {
            findings.add(postingLength(words, "short: candidates may not learn enough to apply",
                    "Add what the job involves day to day, the team, and what you offer."));
        } else if (words > MAX_WORDS) {
            findings.add(postingLength(words, "long: many candidates stop reading",
                    "Cut repetition and keep the essentials; postings of 300–700 words do best."));
        }
        List<Section> sections = context.posting().sections();
        for (int s = 0; s < sections.size(); s++) {
            if (sections.get(s).visible() && sections.get(s) instanceof BulletSection bullets
                    && bullets.items().size() > MAX_BULLETS) {
                findings.add(new Finding(BULLETS, Severity.TIP, FindingLocation.section(s),
                        "“" + bullets.heading() + "” has " + bullets.items().size() + " bullets; more than "
                                + MAX_BULLETS + " dilutes the ones that matter.",
                        "Keep the most important " + MAX_BULLETS + " or fewer.", ""));
            }
        }
        return findings;
    }

    private static Finding postingLength(int words, String verdict, String suggestion) {
        return new Finding(POSTING, Severity.TIP, FindingLocation.posting(),
                "The posting has " + words + " words, which is " + verdict + ".", suggestion, "");
    }
}
