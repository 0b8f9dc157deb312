package app.postwright.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Issue 4, "Safe output": hostile text in every field never becomes markup, script or a dangerous link. */
class SafeOutputTest {
    private static final HtmlRenderer RENDERER = new HtmlRenderer();

    static List<String> attacks() {
        return AttackStrings.ALL;
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void hostileTextInEveryFieldStaysText(String attack) throws Exception {
        String html = RENDERER.render(Fixtures.everywhere(attack), RenderOptions.DEFAULT);
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("script").eachAttr("type")).containsExactly("application/ld+json");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(doc.selectFirst("script").data())
                .path("@type").asText()).isEqualTo("JobPosting");
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("meta[http-equiv]").eachAttr("http-equiv"))
                .containsExactly("Content-Security-Policy");
        SafeHtml.assertNoActiveContent(doc, true);
        String xml = html.replaceFirst("<!DOCTYPE html>", "");
        assertThatCode(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)))).doesNotThrowAnyException();
    }
}
