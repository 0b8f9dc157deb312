package app.postwright.ui.outline;

import app.postwright.model.Section;
import app.postwright.model.StandardSection;
import app.postwright.ui.TestPostings;
import app.postwright.ui.document.DocumentModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutlineViewModelTest {
    private final DocumentModel document = new DocumentModel();
    private final OutlineViewModel outline = new OutlineViewModel(document);

    @BeforeEach
    void load() {
        document.load(TestPostings.backendDeveloper(), null);
    }

    private java.util.List<String> headings() {
        return document.posting().sections().stream().map(Section::heading).toList();
    }

    @Test
    void entriesStartWithDetailsThenSections() {
        var entries = outline.entries(document.posting());

        assertThat(entries).first().isEqualTo(OutlineEntry.DETAILS);
        assertThat(entries).extracting(OutlineEntry::label)
                .containsExactly("Posting details", "Job Brief", "Responsibilities", "Additional Information", "FAQs");
        assertThat(entries.get(2).kind()).isEqualTo("Bullets");
    }

    @Test
    void addInsertsAfterSelectionAndSelectsIt() {
        outline.select(0);
        outline.add(StandardSection.BENEFITS.create());

        assertThat(headings()).containsExactly("Job Brief", "Benefits", "Responsibilities", "Additional Information",
                "FAQs");
        assertThat(outline.selected()).isEqualTo(1);
    }

    @Test
    void removeIsUndoable() {
        outline.select(1);
        outline.remove(1);

        assertThat(headings()).doesNotContain("Responsibilities");
        document.undo();
        assertThat(document.posting()).isEqualTo(TestPostings.backendDeveloper());
    }

    @Test
    void moveKeepsTheSectionSelectedAndClampsAtTheEnds() {
        outline.select(0);
        outline.move(0, 1);
        assertThat(headings()).startsWith("Responsibilities", "Job Brief");
        assertThat(outline.selected()).isEqualTo(1);

        outline.move(3, 9);
        assertThat(headings()).endsWith("FAQs");
        assertThat(document.canUndoProperty().get()).isTrue();
    }

    @Test
    void duplicateRenameAndHide() {
        outline.duplicate(0);
        outline.rename(1, "  Summary ");
        outline.toggleVisible(1);

        assertThat(headings()).startsWith("Job Brief", "Summary");
        assertThat(document.posting().sections().get(1).visible()).isFalse();
        assertThat(outline.entries(document.posting()).get(2).visible()).isFalse();
    }

    @Test
    void detailsRowIsNoSection() {
        outline.select(-1);
        outline.remove(-1);
        outline.move(-1, 0);

        assertThat(document.canUndoProperty().get()).isFalse();
    }

    @Test
    void selectionFollowsUndoThatRemovesTheSelectedSection() {
        outline.select(3);
        outline.add(StandardSection.SKILLS.create());
        assertThat(outline.selected()).isEqualTo(4);

        document.undo();
        assertThat(outline.selected()).isEqualTo(3);
    }
}
