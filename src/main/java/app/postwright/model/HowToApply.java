package app.postwright.model;

/** How candidates apply: a URL and/or an email address, plus free instructions (inline Markdown). */
public record HowToApply(String url, String email, String instructions) {
    public static final HowToApply EMPTY = new HowToApply("", "", "");

    public HowToApply {
        url = Text.orEmpty(url).strip();
        email = Text.orEmpty(email).strip();
        instructions = Text.orEmpty(instructions);
    }

    public boolean isEmpty() {
        return url.isEmpty() && email.isEmpty() && instructions.isBlank();
    }

    public HowToApply withUrl(String value) {
        return new HowToApply(value, email, instructions);
    }

    public HowToApply withEmail(String value) {
        return new HowToApply(url, value, instructions);
    }

    public HowToApply withInstructions(String value) {
        return new HowToApply(url, email, value);
    }
}
