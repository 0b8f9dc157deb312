package app.postwright.render;

/**
 * Characters [start, end) of the raw inline Markdown the user typed for one item (a bullet, a field value, a
 * section's text...), i.e. of the exact string the editor shows. {@link InlineText} maps visible text back to such
 * spans; checks report them. An empty span (start == end) points at the item as a whole, e.g. for "salary missing".
 */
public record Span(int start, int end) {
    public static final Span NONE = new Span(0, 0);

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** This span moved right by {@code offset} characters. */
    public Span shift(int offset) {
        return new Span(start + offset, end + offset);
    }
}
