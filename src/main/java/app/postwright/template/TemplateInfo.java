package app.postwright.template;

/** One entry of the template catalog. {@code builtIn} is false for templates the user saved. */
public record TemplateInfo(String id, String name, String description, boolean builtIn) {
}
