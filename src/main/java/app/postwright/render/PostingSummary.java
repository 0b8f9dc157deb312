package app.postwright.render;

import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.TextSection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Plain-text facts about a posting for document metadata: the title shown in a browser tab and in the PDF's
 * properties, and a short description for search snippets ({@code meta description}) and the PDF subject.
 */
public final class PostingSummary {
    /** Search engines show about this many characters of a description. */
    static final int DESCRIPTION_LENGTH = 155;
    static final String UNTITLED = "Untitled job posting";

    private final InlineMarkdown markdown;

    public PostingSummary(InlineMarkdown markdown) {
        this.markdown = markdown;
    }

    /** The job title as plain text, or a placeholder when it is empty. */
    public String title(Posting posting) {
        return title(posting.details());
    }

    private String title(PostingDetails details) {
        String title = markdown.toPlainText(details.title());
        return title.isEmpty() ? UNTITLED : title;
    }

    /** "Title – Company", or just the title when no company is given. */
    public String documentTitle(Posting posting) {
        String company = HtmlText.clean(posting.details().company().name()).strip();
        return company.isEmpty() ? title(posting) : title(posting) + " – " + company;
    }

    /**
     * About {@value #DESCRIPTION_LENGTH} characters: the opening of the first visible text section, or, when
     * the posting has none, a sentence built from its details.
     */
    public String description(Posting posting) {
        String text = firstText(posting).orElseGet(() -> fromDetails(posting.details()));
        return shorten(text, DESCRIPTION_LENGTH);
    }

    private Optional<String> firstText(Posting posting) {
        return posting.visibleSections().stream()
                .filter(TextSection.class::isInstance)
                .map(section -> markdown.toPlainText(((TextSection) section).text()))
                .filter(text -> !text.isEmpty())
                .findFirst();
    }

    private String fromDetails(PostingDetails details) {
        List<String> parts = new ArrayList<>();
        parts.add(title(details));
        String company = HtmlText.clean(details.company().name()).strip();
        if (!company.isEmpty()) {
            parts.add("at " + company);
        }
        String location = HtmlText.clean(details.location().display());
        if (!location.isEmpty()) {
            parts.add("in " + location);
        }
        String sentence = String.join(" ", parts);
        return details.employmentType() == null ? sentence + "." : sentence + " (" + details.employmentType().label()
                .toLowerCase(Locale.ROOT) + ").";
    }

    /** Cuts at a word boundary and marks the cut with an ellipsis. */
    static String shorten(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        String cut = text.substring(0, maxLength - 1);
        int space = cut.lastIndexOf(' ');
        if (space > maxLength / 2) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s,;:.–-]+$", "") + "…";
    }
}
