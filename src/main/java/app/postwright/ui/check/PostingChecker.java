package app.postwright.ui.check;

import app.postwright.check.Finding;
import app.postwright.check.PostingChecks;
import app.postwright.model.Posting;
import app.postwright.ui.concurrent.OnFirstUse;

import java.util.List;
import java.util.function.Supplier;

/** Posting and allow list → findings; in the app, {@link PostingChecks#run}. Tests put slow or failing ones in. */
@FunctionalInterface
public interface PostingChecker {
    List<Finding> check(Posting posting, List<String> allowList);

    /**
     * The checks of a {@link PostingChecks} created on the first call, which happens on the checks thread: loading
     * its word lists then does not delay the window's start.
     */
    static PostingChecker createdOnFirstUse(Supplier<PostingChecks> factory) {
        Supplier<PostingChecks> checks = OnFirstUse.of(factory);
        return (posting, allowList) -> checks.get().run(posting, allowList);
    }
}
