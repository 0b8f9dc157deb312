package app.postwright.importer;

import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.Section;
import app.postwright.render.DetailField;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link Block}s → {@link Posting}: the first heading is the title (when it is level 1 or no later heading is
 * larger), a list of labelled details right under it fills the details, the headings of the largest remaining
 * level start sections, and a final "How to Apply" section of labelled lines fills the how-to-apply details.
 * Text before the first section is kept as a hidden section when sections follow: it is usually an introduction
 * copied along with the posting, and hiding it keeps it in the draft without putting it into the output.
 */
final class PostingAssembler {
    private final SectionClassifier classifier = new SectionClassifier();

    Posting assemble(List<Block> blocks) {
        List<Block> body = new ArrayList<>(blocks);
        String title = takeTitle(body);
        int sectionLevel = body.stream().filter(Block.Heading.class::isInstance).map(Block.Heading.class::cast)
                .mapToInt(Block.Heading::level).min().orElse(2);

        List<Block> preamble = new ArrayList<>();
        List<RawSection> rawSections = new ArrayList<>();
        for (Block block : body) {
            if (block instanceof Block.Heading heading && heading.level() <= sectionLevel) {
                rawSections.add(new RawSection(heading.text(), new ArrayList<>()));
            } else if (rawSections.isEmpty()) {
                preamble.add(block);
            } else {
                rawSections.get(rawSections.size() - 1).blocks().add(block);
            }
        }

        PostingDetails details = PostingDetails.EMPTY.withTitle(title);
        if (!preamble.isEmpty()) {
            Optional<PostingDetails> read = readLabelled(details, preamble.get(0), DetailField.Group.DETAILS);
            if (read.isPresent()) {
                details = read.get();
                preamble.remove(0);
            }
        }
        if (!rawSections.isEmpty()) {
            RawSection last = rawSections.get(rawSections.size() - 1);
            if (last.heading().equalsIgnoreCase(DetailField.HOW_TO_APPLY_HEADING) && last.blocks().size() == 1) {
                Optional<PostingDetails> read = readLabelled(details, last.blocks().get(0),
                        DetailField.Group.HOW_TO_APPLY);
                if (read.isPresent()) {
                    details = read.get();
                    rawSections.remove(rawSections.size() - 1);
                }
            }
        }

        List<Section> sections = new ArrayList<>();
        if (!preamble.isEmpty()) {
            boolean hide = !rawSections.isEmpty();
            for (Section section : classifier.classify("", preamble)) {
                sections.add(hide ? section.withVisible(false) : section);
            }
        }
        for (RawSection raw : rawSections) {
            sections.addAll(classifier.classify(raw.heading(), raw.blocks()));
        }
        return new Posting(details, sections);
    }

    /** Removes and returns the title heading, or "" when the document has none. */
    private static String takeTitle(List<Block> body) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Block.Heading first) {
                boolean largest = body.stream().skip(i + 1L).noneMatch(block ->
                        block instanceof Block.Heading later && later.level() <= first.level());
                if (first.level() == 1 || largest) {
                    body.remove(i);
                    return first.text();
                }
                return "";
            }
        }
        return "";
    }

    /** Reads a list whose every item is a labelled detail of {@code group}; empty when the block is not one. */
    private static Optional<PostingDetails> readLabelled(PostingDetails details, Block block,
                                                         DetailField.Group group) {
        if (!(block instanceof Block.ItemList list) || list.items().isEmpty()) {
            return Optional.empty();
        }
        PostingDetails result = details;
        for (Block.Item item : list.items()) {
            PostingDetails current = result;
            Optional<PostingDetails> next = item.keyValue().flatMap(kv -> DetailField.byLabel(group, kv.key())
                    .flatMap(field -> field.read(current, kv.value())));
            if (next.isEmpty()) {
                return Optional.empty();
            }
            result = next.get();
        }
        return Optional.of(result);
    }

    private record RawSection(String heading, List<Block> blocks) {
    }
}
