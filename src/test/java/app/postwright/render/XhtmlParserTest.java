package app.postwright.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class XhtmlParserTest {
    private final XhtmlParser parser = new XhtmlParser();

    @TempDir
    Path folder;

    @Test
    void parsesWhatTheRendererWrites() throws IOException {
        String html = new HtmlRenderer().renderForPrint(Fixtures.richPosting(), RenderOptions.DEFAULT);
        Document document = parser.parse(html);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("html");
        assertThat(document.getElementsByTagName("h1").getLength()).isEqualTo(1);
        assertThat(html).doesNotContain("application/ld+json");
    }

    @Test
    void aDocumentThatIsNotWellFormedNamesWhere() {
        assertThatThrownBy(() -> parser.parse("<html>\n<body><p>open</body></html>"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not well-formed at line 2");
    }

    @Test
    void theSameThreadParsesAgainAfterAFailure() throws IOException {
        assertThatThrownBy(() -> parser.parse("<html><body><p>cut off")).isInstanceOf(IOException.class);
        Document document = parser.parse("<html><body><p>whole</p></body></html>");
        assertThat(document.getElementsByTagName("p").item(0).getTextContent()).isEqualTo("whole");
        assertThat(parser.parse("<html><body><h1>next</h1></body></html>").getElementsByTagName("p").getLength())
                .as("nothing left over from the document before").isZero();
    }

    @Test
    void neverReadsAnExternalEntity() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "SECRET-CONTENT");
        String html = "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&leak;</p></body></html>";
        Throwable thrown = catchThrowable(() -> {
            Document document = parser.parse(html);
            assertThat(document.getDocumentElement().getTextContent()).doesNotContain("SECRET-CONTENT");
        });
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(IOException.class).hasMessageNotContaining("SECRET-CONTENT");
        }
    }
}
