package app.postwright.check;

import java.util.List;

/** One family of checks (gender-coded wording, readability, ...). Rules are stateless and thread-safe. */
public interface Rule {
    /** Every finding this rule has for the posting in {@code context}, dismissed or not. */
    List<Finding> check(CheckContext context);
}
