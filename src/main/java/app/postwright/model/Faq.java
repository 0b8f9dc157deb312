package app.postwright.model;

/** One question and its answer; the answer holds paragraphs of inline Markdown like a {@link TextSection}. */
public record Faq(String question, String answer) {
    public Faq {
        question = Text.orEmpty(question);
        answer = Text.orEmpty(answer);
    }
}
