package app.postwright.ui.preview;

import app.postwright.model.BulletSection;
import app.postwright.model.Posting;
import app.postwright.model.Section;
import app.postwright.model.TextSection;
import app.postwright.render.HtmlRenderer;
import app.postwright.render.PageSize;
import app.postwright.render.RenderOptions;
import app.postwright.render.Theme;
import app.postwright.template.TemplateCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Which elements an edit replaces, and when the preview must load the whole page instead. */
class PreviewPatchTest {
    private static final RenderOptions CLASSIC = new RenderOptions(Theme.CLASSIC, PageSize.A4);
    private final HtmlRenderer renderer = new HtmlRenderer();

    @TempDir
    Path userTemplates;

    private Posting seed() {
        return new TemplateCatalog(userTemplates).load("backend-systems-developer");
    }

    private static int firstBulletList(Posting posting) {
        List<Section> sections = posting.sections();
        return IntStream.range(0, sections.size()).filter(i -> sections.get(i) instanceof BulletSection)
                .findFirst().orElseThrow();
    }

    private static Posting withFirstBullet(Posting posting, String text) {
        int index = firstBulletList(posting);
        BulletSection list = (BulletSection) posting.sections().get(index);
        List<String> items = new ArrayList<>(list.items());
        items.set(0, text);
        return posting.withSection(index, list.withItems(items));
    }

    @Test
    void typingInABulletReplacesOnlyThatBulletAndTheHeadMetadata() {
        Posting before = seed();
        Posting after = withFirstBullet(before, "Design analytics pipelines");

        List<PreviewPatch.Replacement> replacements = PreviewPatch.between(
                renderer.render(before, CLASSIC), renderer.render(after, CLASSIC)).orElseThrow();

        List<PreviewPatch.Replacement> inBody = replacements.stream().filter(r -> r.path().startsWith("1.")).toList();
        assertThat(inBody).singleElement().satisfies(r -> {
            assertThat(r.tag()).isEqualTo("li");
            assertThat(r.html()).isEqualTo("<li>Design analytics pipelines</li>");
        });
        // The head is element 0: only its text elements and metadata may change, never the stylesheet.
        assertThat(replacements).filteredOn(r -> r.path().startsWith("0."))
                .extracting(PreviewPatch.Replacement::tag).doesNotContain("style");
    }

    @Test
    void unchangedPageNeedsNoReplacement() {
        String html = renderer.render(seed(), CLASSIC);

        assertThat(PreviewPatch.between(html, html)).hasValue(List.of());
    }

    @Test
    void addingABulletReplacesTheListAndAddingASectionTheBody() {
        Posting before = seed();
        int index = firstBulletList(before);
        BulletSection list = (BulletSection) before.sections().get(index);
        List<String> items = new ArrayList<>(list.items());
        items.add("One more");
        Posting moreBullets = before.withSection(index, list.withItems(items));
        Posting moreSections = before.withSectionAdded(1, new TextSection("Extra", "Some *words*."));
        String html = renderer.render(before, CLASSIC);

        assertThat(PreviewPatch.between(html, renderer.render(moreBullets, CLASSIC)).orElseThrow())
                .filteredOn(r -> r.path().startsWith("1.")).extracting(PreviewPatch.Replacement::tag)
                .containsExactly("ul");
        assertThat(PreviewPatch.between(html, renderer.render(moreSections, CLASSIC)).orElseThrow())
                .filteredOn(r -> r.path().startsWith("1.")).extracting(PreviewPatch.Replacement::tag)
                .containsExactly("div");
    }

    @Test
    void anotherThemeNeedsAFullLoad() {
        Posting posting = seed();

        assertThat(PreviewPatch.between(renderer.render(posting, CLASSIC),
                renderer.render(posting, new RenderOptions(Theme.MODERN, PageSize.A4)))).isEmpty();
    }

    @Test
    void pagesThatCannotBeOutlinedNeedAFullLoad() {
        String page = "<!DOCTYPE html><html><head></head><body><p>one</p></body></html>";

        assertThat(PreviewPatch.between("", page)).isEmpty();
        assertThat(PreviewPatch.between(page, "<html><body><p>unclosed</body></html>")).isEmpty();
        assertThat(PreviewPatch.between(page, page.replace("<p>one</p>", "<p>two</p>")).orElseThrow())
                .containsExactly(new PreviewPatch.Replacement("1.0", "p", "<p>two</p>"));
    }

    @Test
    void textBesideChildElementsReplacesTheParent() {
        String page = "<html><head></head><body><p>Hello <b>you</b> there</p></body></html>";

        assertThat(PreviewPatch.between(page, page.replace(" there", " all")).orElseThrow())
                .containsExactly(new PreviewPatch.Replacement("1.0", "p", "<p>Hello <b>you</b> all</p>"));
    }
}
