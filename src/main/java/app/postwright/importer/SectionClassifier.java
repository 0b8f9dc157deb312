package app.postwright.importer;

import app.postwright.model.BulletSection;
import app.postwright.model.Faq;
import app.postwright.model.FaqSection;
import app.postwright.model.FieldsSection;
import app.postwright.model.Section;
import app.postwright.model.StandardSection;
import app.postwright.model.TextSection;
import app.postwright.render.MarkdownFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One heading and the blocks under it → sections. Paragraphs make a text section; lists make a bullet section,
 * or a fields section when every item reads "Key: value"; tables make a fields section; sub-headings whose bodies
 * are paragraphs make an FAQ (question = sub-heading). Sub-headings over other content become sections of their
 * own. A section mixing paragraphs with a list keeps the list as the section and its paragraphs (an introduction
 * or lead-in) in a hidden text section right before it, since one section holds one kind: nothing is lost and the
 * output shows the structure.
 */
final class SectionClassifier {

    List<Section> classify(String heading, List<Block> blocks) {
        StandardSection.Kind marked = null;
        List<Block> content = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.KindMarker marker) {
                marked = marker.kind();
            } else {
                content.add(block);
            }
        }
        if (content.isEmpty()) {
            StandardSection.Kind kind = marked != null ? marked : MarkdownFormat.inferredKind(heading);
            return List.of(kind.create(heading));
        }
        int firstHeading = indexOfHeading(content, 0);
        if (firstHeading < 0) {
            return flat(heading, content);
        }
        List<List<Block>> groups = new ArrayList<>();
        List<Block.Heading> subHeadings = new ArrayList<>();
        for (int start = firstHeading; start >= 0; ) {
            int end = indexOfHeading(content, start + 1);
            subHeadings.add((Block.Heading) content.get(start));
            groups.add(content.subList(start + 1, end < 0 ? content.size() : end));
            start = end;
        }
        boolean faq = firstHeading == 0
                && groups.stream().allMatch(group -> group.stream().allMatch(Block.Paragraph.class::isInstance));
        if (faq) {
            List<Faq> entries = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                entries.add(new Faq(subHeadings.get(i).text(), paragraphs(groups.get(i))));
            }
            return List.of(new FaqSection(heading, true, entries, Map.of()));
        }
        List<Section> sections = new ArrayList<>(classify(heading, content.subList(0, firstHeading)));
        for (int i = 0; i < groups.size(); i++) {
            sections.addAll(classify(subHeadings.get(i).text(), groups.get(i)));
        }
        return sections;
    }

    private static int indexOfHeading(List<Block> blocks, int from) {
        for (int i = from; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading) {
                return i;
            }
        }
        return -1;
    }

    private static List<Section> flat(String heading, List<Block> blocks) {
        List<Block> paragraphs = blocks.stream().filter(Block.Paragraph.class::isInstance).toList();
        if (paragraphs.size() == blocks.size()) {
            return List.of(new TextSection(heading, paragraphs(paragraphs)));
        }
        Section structured = structured(heading, blocks);
        if (paragraphs.isEmpty()) {
            return List.of(structured);
        }
        return List.of(new TextSection(heading, false, paragraphs(paragraphs), Map.of()), structured);
    }

    /** Lists and tables of one section as one fields section if every entry is a field, else as bullets. */
    private static Section structured(String heading, List<Block> blocks) {
        List<Block.Item> entries = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.ItemList list) {
                entries.addAll(list.items());
            } else if (block instanceof Block.Table table) {
                table.rows().forEach(row -> entries.add(
                        new Block.Item(row.key() + ": " + row.value(), Optional.of(row))));
            }
        }
        if (entries.stream().allMatch(entry -> entry.keyValue().isPresent())) {
            return new FieldsSection(heading, entries.stream().map(entry -> entry.keyValue().orElseThrow()).toList());
        }
        return new BulletSection(heading, entries.stream().map(Block.Item::text).toList());
    }

    private static String paragraphs(List<Block> blocks) {
        return blocks.stream().map(block -> ((Block.Paragraph) block).text()).collect(Collectors.joining("\n\n"));
    }
}
