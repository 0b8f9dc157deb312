package app.postwright.template;

import app.postwright.BadInputException;
import app.postwright.draft.DraftCodec;
import app.postwright.model.Posting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** User templates: saved as drafts in the user's folder, listed after the built-ins, never replacing one. */
class TemplateCatalogTest {
    @TempDir
    Path dir;

    private Path userDir() {
        return dir.resolve("templates");
    }

    @Test
    void savedTemplateIsListedAndLoadsAsTheSamePosting() throws IOException {
        TemplateCatalog catalog = new TemplateCatalog(userDir());
        Posting posting = catalog.load("product-manager");
        Posting mine = posting.withDetails(posting.details().withTitle("Senior Product Manager"));

        TemplateInfo saved = catalog.saveUserTemplate(mine, "  Senior PM (Berlin) ", "Our senior PM posting");

        assertThat(saved).isEqualTo(new TemplateInfo("senior-pm-berlin", "Senior PM (Berlin)",
                "Our senior PM posting", false));
        assertThat(userDir().resolve("senior-pm-berlin.json")).isRegularFile();
        assertThat(Files.readString(userDir().resolve("senior-pm-berlin.json")))
                .contains("\"format\": \"postwright-draft\"", "\"template\": {", "\"name\": \"Senior PM (Berlin)\"");
        List<TemplateInfo> list = new TemplateCatalog(userDir()).list();
        assertThat(list.get(list.size() - 1)).isEqualTo(saved);
        assertThat(new TemplateCatalog(userDir()).load("senior-pm-berlin")).isEqualTo(mine);
    }

    @Test
    void idsAreUniqueAndNeverABuiltInOne() {
        TemplateCatalog catalog = new TemplateCatalog(userDir());

        TemplateInfo first = catalog.saveUserTemplate(Posting.EMPTY, "Blank", "mine");
        TemplateInfo second = catalog.saveUserTemplate(Posting.EMPTY, "blank!", "mine too");
        TemplateInfo accented = catalog.saveUserTemplate(Posting.EMPTY, "Café Gérant", "");
        TemplateInfo symbols = catalog.saveUserTemplate(Posting.EMPTY, "???", "");

        assertThat(List.of(first.id(), second.id(), accented.id(), symbols.id()))
                .containsExactly("blank-2", "blank-3", "cafe-gerant", "template");
        assertThat(catalog.load("blank")).isEqualTo(new TemplateCatalog(dir).load("blank"));
        assertThat(catalog.list().stream().filter(t -> t.id().equals("blank"))).singleElement()
                .satisfies(t -> assertThat(t.builtIn()).isTrue());
    }

    @Test
    void userTemplatesAreListedByNameAfterTheBuiltIns() {
        TemplateCatalog catalog = new TemplateCatalog(userDir());
        catalog.saveUserTemplate(Posting.EMPTY, "Zookeeper", "");
        catalog.saveUserTemplate(Posting.EMPTY, "apprentice baker", "");

        List<TemplateInfo> list = catalog.list();

        assertThat(list.stream().filter(TemplateInfo::builtIn)).hasSize(6);
        assertThat(list.subList(6, 8).stream().map(TemplateInfo::name))
                .containsExactly("apprentice baker", "Zookeeper");
    }

    @Test
    void aFileWithoutMetadataOrABrokenFileIsStillListed() throws IOException {
        Files.createDirectories(userDir());
        new DraftCodec().save(Posting.EMPTY, userDir().resolve("hand-made.json"));
        Files.writeString(userDir().resolve("broken.json"), "{\"format\": ");
        Files.writeString(userDir().resolve("notes.txt"), "not a template");

        List<TemplateInfo> users = new TemplateCatalog(userDir()).list().stream().filter(t -> !t.builtIn()).toList();

        assertThat(users).extracting(TemplateInfo::id).containsExactly("broken", "hand-made");
        assertThat(users.get(0).description()).startsWith("Cannot be read: ").contains("broken.json");
        assertThat(users.get(1).name()).isEqualTo("hand-made");
        assertThatThrownBy(() -> new TemplateCatalog(userDir()).load("broken"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("broken.json");
    }

    @Test
    void loadingKeepsOtherUnknownKeysButNotTheTemplateMetadata() {
        TemplateCatalog catalog = new TemplateCatalog(userDir());
        Posting withExtra = new Posting(Posting.EMPTY.details(), List.of(), List.of(), Map.of("futureKey", "kept"));

        TemplateInfo saved = catalog.saveUserTemplate(withExtra, "Extra", "");

        assertThat(catalog.load(saved.id()).extra()).containsExactly(Map.entry("futureKey", "kept"));
    }

    @Test
    void unknownIdNamesTheKnownOnes() {
        TemplateCatalog catalog = new TemplateCatalog(userDir());
        catalog.saveUserTemplate(Posting.EMPTY, "Mine", "");

        assertThatThrownBy(() -> catalog.load("../../etc/passwd"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Unknown template \"../../etc/passwd\"; known templates: blank, backend-systems-developer, "
                        + "customer-support-specialist, product-manager, registered-nurse, warehouse-associate, mine");
    }

    @Test
    void aTemplateNeedsAName() {
        assertThatThrownBy(() -> new TemplateCatalog(userDir()).saveUserTemplate(Posting.EMPTY, " ", ""))
                .isInstanceOf(BadInputException.class).hasMessage("A template needs a name");
    }

    @Test
    void anUnwritableTemplatesFolderIsBadInput() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> new TemplateCatalog(file).saveUserTemplate(Posting.EMPTY, "Mine", ""))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not-a-folder");
    }
}
