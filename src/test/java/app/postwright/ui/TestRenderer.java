package app.postwright.ui;

import app.postwright.model.BulletSection;
import app.postwright.model.FaqSection;
import app.postwright.model.FieldsSection;
import app.postwright.model.Posting;
import app.postwright.model.Section;
import app.postwright.model.TextSection;
import app.postwright.ui.preview.PreviewRenderer;

/**
 * A minimal renderer with the real one's contract (title, then one element with id="section-N" per visible section)
 * for window tests while the core renderer is being built.
 */
final class TestRenderer {
    private TestRenderer() {
    }

    static PreviewRenderer renderer() {
        return (posting, options) -> render(posting);
    }

    private static String render(Posting posting) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body><h1>")
                .append(escape(posting.details().title())).append("</h1>");
        for (int i = 0; i < posting.sections().size(); i++) {
            Section section = posting.sections().get(i);
            if (!section.visible()) {
                continue;
            }
            html.append("<section id=\"section-").append(i).append("\"><h2>").append(escape(section.heading()))
                    .append("</h2>");
            html.append(section.accept(new Section.Visitor<String>() {
                @Override
                public String text(TextSection s) {
                    return "<p>" + escape(s.text()) + "</p>";
                }

                @Override
                public String bullets(BulletSection s) {
                    return "<ul>" + String.join("", s.items().stream().map(b -> "<li>" + escape(b) + "</li>")
                            .toList()) + "</ul>";
                }

                @Override
                public String fields(FieldsSection s) {
                    return String.join("", s.fields().stream()
                            .map(f -> "<p>" + escape(f.key()) + ": " + escape(f.value()) + "</p>").toList());
                }

                @Override
                public String faq(FaqSection s) {
                    return String.join("", s.entries().stream()
                            .map(f -> "<h3>" + escape(f.question()) + "</h3><p>" + escape(f.answer()) + "</p>")
                            .toList());
                }
            }));
            html.append("</section>");
        }
        return html.append("</body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
