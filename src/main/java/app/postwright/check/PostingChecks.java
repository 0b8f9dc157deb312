package app.postwright.check;

import app.postwright.model.Posting;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs every rule over a posting: the entry point for the editor's checks panel and {@code postwright check}.
 * Thread-safe; the word lists are loaded once when the instance is created, so keep one per application.
 */
public final class PostingChecks {
    private final List<Rule> rules;

    /** The seven rule families of docs/checks.md, in the order findings are listed within one severity. */
    public PostingChecks() {
        this(List.of(new CompletenessRule(), new PayTransparencyRule(), new GoogleForJobsRule(),
                new ExclusionaryPhrasingRule(), new GenderCodedWordingRule(), new ReadabilityRule(),
                new LengthRule()));
    }

    public PostingChecks(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The findings for {@code posting}, most severe first, without those whose {@link Finding#id()} is in
     * {@code posting.dismissedFindings()}. Words and phrases on {@code allowList} (case-insensitive) are never
     * flagged by the wording rules.
     */
    public List<Finding> run(Posting posting, Collection<String> allowList) {
        CheckContext context = new CheckContext(posting, allowList);
        Set<String> dismissed = new HashSet<>(posting.dismissedFindings());
        return rules.stream().flatMap(rule -> rule.check(context).stream())
                .filter(finding -> !dismissed.contains(finding.id()))
                .sorted(Comparator.comparing(Finding::severity))
                .toList();
    }
}
