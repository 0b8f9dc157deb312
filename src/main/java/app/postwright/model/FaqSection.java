package app.postwright.model;

import java.util.List;
import java.util.Map;

/** Frequently asked questions: an ordered list of question/answer pairs. */
public record FaqSection(String heading, boolean visible, List<Faq> entries, Map<String, Object> extra)
        implements Section {

    public FaqSection {
        heading = Text.orEmpty(heading);
        entries = Text.copy(entries);
        extra = Text.copy(extra);
    }

    public FaqSection(String heading, List<Faq> entries) {
        this(heading, true, entries, Map.of());
    }

    @Override
    public FaqSection withHeading(String value) {
        return new FaqSection(value, visible, entries, extra);
    }

    @Override
    public FaqSection withVisible(boolean value) {
        return new FaqSection(heading, value, entries, extra);
    }

    public FaqSection withEntries(List<Faq> value) {
        return new FaqSection(heading, visible, value, extra);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.faq(this);
    }
}
