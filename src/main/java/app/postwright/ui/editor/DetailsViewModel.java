package app.postwright.ui.editor;

import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.ui.document.DocumentModel;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Edits the posting details: typed text fields (coalesced undo), choices and dates (one undo step each), and salary
 * amounts, which reach the document only when the text is a valid amount.
 */
public final class DetailsViewModel {
    private final DocumentModel document;

    public DetailsViewModel(DocumentModel document) {
        this.document = document;
    }

    public PostingDetails details() {
        return document.posting().details();
    }

    /** Typing into the text detail {@code key}, read by {@code read} and written by {@code write}. */
    public void type(String key, Function<PostingDetails, String> read,
                     BiFunction<PostingDetails, String, PostingDetails> write, String text) {
        document.type("details." + key, read.apply(details()), text, p -> withDetails(p, write, text));
    }

    /** A chosen value (choice box, date): one undo step. */
    public <T> void choose(BiFunction<PostingDetails, T, PostingDetails> write, T value) {
        document.edit(p -> withDetails(p, write, value));
    }

    /**
     * A typed salary amount: blank clears it, a valid number sets it, anything else leaves the posting unchanged
     * (the form marks the field instead).
     */
    public void typeAmount(String key, BiFunction<PostingDetails, BigDecimal, PostingDetails> write, String before,
                           String text) {
        Optional<BigDecimal> amount = DetailsValidation.parseAmount(text);
        if (text.isBlank() || amount.isPresent()) {
            BigDecimal value = amount.orElse(null);
            document.type("details." + key, before, text, p -> withDetails(p, write, value));
        }
    }

    private static <T> Posting withDetails(Posting posting, BiFunction<PostingDetails, T, PostingDetails> write,
                                           T value) {
        return posting.withDetails(write.apply(posting.details(), value));
    }
}
