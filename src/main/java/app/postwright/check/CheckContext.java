package app.postwright.check;

import app.postwright.model.Posting;
import app.postwright.model.Section;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What every rule sees: the posting, its published text split into items, and the writer's allow list. */
public final class CheckContext {
    private final Posting posting;
    private final List<TextItem> items;
    private final Set<String> allowList;

    CheckContext(Posting posting, Collection<String> allowList) {
        this.posting = posting;
        this.items = TextItems.of(posting);
        this.allowList = allowList.stream().map(word -> word.strip().toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public Posting posting() {
        return posting;
    }

    /** Every text item, names included (for placeholders and "is there any text" checks). */
    List<TextItem> items() {
        return items;
    }

    /** The items written as prose, which the wording rules read: everything but names such as the company's. */
    List<TextItem> wording() {
        return items.stream().filter(item -> item.kind() != TextItem.Kind.NAME).toList();
    }

    /** True when the writer put this word or phrase on their personal allow list (case-insensitive). */
    boolean isAllowed(String text) {
        return allowList.contains(text.toLowerCase(Locale.ROOT));
    }

    /** True when a visible section's heading matches {@code heading}. */
    boolean hasVisibleSection(Pattern heading) {
        return posting.visibleSections().stream().map(Section::heading).anyMatch(h -> heading.matcher(h).find());
    }
}
