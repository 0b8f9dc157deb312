package app.postwright.render;

/** The one way the renderer writes a link, so every link carries the same safety and accessibility attributes. */
final class HtmlLink {
    private HtmlLink() {
    }

    /**
     * An opening {@code a} tag for a URL {@link LinkPolicy} has allowed. {@code rel="noopener noreferrer"} keeps
     * the opened page from reaching back; the title doubles as the link's description in tagged PDF, which PDF/UA
     * requires for every link. {@code cssClass} may be empty.
     */
    static String open(String url, String title, String cssClass) {
        return "<a" + (cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"") + " href=\"" + HtmlText.escape(url)
                + "\" title=\"" + HtmlText.escape(title) + "\" rel=\"noopener noreferrer\">";
    }
}
