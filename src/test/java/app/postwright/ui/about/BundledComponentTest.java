package app.postwright.ui.about;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundledComponentTest {

    @Test
    void theBuiltListNamesRuntimeLibrariesAndFontsWithFilteredVersions() {
        List<BundledComponent> components = BundledComponent.all();

        assertThat(components).extracting(BundledComponent::name)
                .contains("OpenJFX (JavaFX)", "openhtmltopdf", "Droid Sans Fallback (font)");
        assertThat(components).allSatisfy(component -> {
            assertThat(component.version()).isNotBlank().doesNotContain("${");
            assertThat(component.license()).isNotBlank();
        });
        assertThat(components).filteredOn(component -> component.name().startsWith("OpenJFX"))
                .singleElement().extracting(BundledComponent::version).asString().startsWith("21.");
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        assertThat(BundledComponent.parse(List.of("# a comment", "", "jsoup\t1.24.1\tMIT")))
                .containsExactly(new BundledComponent("jsoup", "1.24.1", "MIT"));
    }

    @Test
    void aLineWithoutThreeFieldsIsAnError() {
        assertThatThrownBy(() -> BundledComponent.parse(List.of("jsoup 1.24.1 MIT")))
                .hasMessageContaining("jsoup 1.24.1 MIT");
    }
}
