package app.postwright.render;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What "safe" means for HTML that came from user text, as assertions shared by the tests of every path into HTML
 * (the renderer, the importers, Markdown export read back by a Markdown processor).
 */
public final class SafeHtml {
    /** Elements that run code, load or embed something, or take input: none may come from user text. */
    private static final String ACTIVE = "script:not([type=application/ld+json]), iframe, object, embed, svg, math, "
            + "img, form, button, input, link, base, details, frame, frameset, applet, audio, video, source, meta";

    private SafeHtml() {
    }

    /**
     * No script except a JSON-LD data block, no embedding or loading element, no event-handler or style attribute,
     * and links only where {@link LinkPolicy} allows them (never {@code javascript:} or {@code data:}).
     * {@code <meta>} elements are allowed only in the head ({@code allowedMetaInHead}: the renderer's own).
     */
    public static void assertNoActiveContent(Document doc, boolean allowedMetaInHead) {
        assertThat(doc.body().select(ACTIVE)).as("active elements in the body").isEmpty();
        if (!allowedMetaInHead) {
            assertThat(doc.select(ACTIVE)).as("active elements").isEmpty();
        }
        assertThat(doc.head().select("script:not([type=application/ld+json]), iframe, object, embed, base, link"))
                .as("active elements in the head").isEmpty();
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute on <%s>", element.tagName()).doesNotStartWith("on")
                        .isNotEqualTo("style").isNotEqualTo("src").isNotEqualTo("formaction");
                if (name.equals("href")) {
                    assertThat(LinkPolicy.allows(attribute.getValue())).as(attribute.getValue()).isTrue();
                    assertThat(attribute.getValue().toLowerCase(Locale.ROOT)).doesNotContain("javascript", "data:");
                }
            }
        }
    }
}
