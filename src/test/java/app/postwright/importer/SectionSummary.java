package app.postwright.importer;

import app.postwright.model.BulletSection;
import app.postwright.model.FaqSection;
import app.postwright.model.FieldsSection;
import app.postwright.model.Posting;
import app.postwright.model.Section;
import app.postwright.model.TextSection;

import java.util.List;

/** One line per section, "heading | kind size | hidden", so tests can state a whole structure at once. */
final class SectionSummary {
    private SectionSummary() {
    }

    static List<String> of(Posting posting) {
        return posting.sections().stream().map(SectionSummary::line).toList();
    }

    private static String line(Section section) {
        String kind = section.accept(new Section.Visitor<String>() {
            @Override
            public String text(TextSection text) {
                return "text";
            }

            @Override
            public String bullets(BulletSection bullets) {
                return "bullets " + bullets.items().size();
            }

            @Override
            public String fields(FieldsSection fields) {
                return "fields " + fields.fields().size();
            }

            @Override
            public String faq(FaqSection faq) {
                return "faq " + faq.entries().size();
            }
        });
        return section.heading() + " | " + kind + (section.visible() ? "" : " | hidden");
    }
}
