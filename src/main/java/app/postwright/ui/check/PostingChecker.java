package app.postwright.ui.check;

import app.postwright.check.Finding;
import app.postwright.check.PostingChecks;
import app.postwright.model.Posting;

import java.util.List;
import java.util.function.Supplier;

/** Posting and allow list → findings; in the app, {@link PostingChecks#run}. Tests put slow or failing ones in. */
@FunctionalInterface
public interface PostingChecker {
    List<Finding> check(Posting posting, List<String> allowList);

    /**
     * Creates the {@link PostingChecks} on the first call, which happens on the checks thread: loading its word
     * lists then does not delay the window's start.
     */
    static PostingChecker createdOnFirstUse(Supplier<PostingChecks> factory) {
        return new PostingChecker() {
            private PostingChecks checks;

            @Override
            public synchronized List<Finding> check(Posting posting, List<String> allowList) {
                if (checks == null) {
                    checks = factory.get();
                }
                return checks.run(posting, allowList);
            }
        };
    }
}
