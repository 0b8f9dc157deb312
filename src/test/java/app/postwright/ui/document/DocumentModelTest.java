package app.postwright.ui.document;

import app.postwright.model.BulletSection;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.TextSection;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentModelTest {
    private final DocumentModel document = new DocumentModel();

    private static final Posting START = new Posting(PostingDetails.EMPTY.withTitle("Dev"),
            List.of(new TextSection("Job Brief", "Hello"), new BulletSection("Skills", List.of("Java"))));

    private void typeTitle(String text) {
        String before = document.posting().details().title();
        document.type("title", before, text, p -> p.withDetails(p.details().withTitle(text)));
    }

    private void typeTitleCharByChar(String suffix) {
        String title = document.posting().details().title();
        for (char c : suffix.toCharArray()) {
            title += c;
            typeTitle(title);
        }
    }

    @Test
    void loadedDocumentIsCleanAndHasNoHistory() {
        document.load(START, Path.of("a.json"));

        assertThat(document.isDirty()).isFalse();
        assertThat(document.canUndoProperty().get()).isFalse();
        assertThat(document.file()).isEqualTo(Path.of("a.json"));
    }

    @Test
    void editMakesDirtyAndUndoBackToSavedStateClearsIt() {
        document.load(START, null);
        document.edit(p -> p.withSectionRemoved(0));

        assertThat(document.isDirty()).isTrue();
        document.undo();
        assertThat(document.posting()).isEqualTo(START);
        assertThat(document.isDirty()).isFalse();
        document.redo();
        assertThat(document.posting().sections()).hasSize(1);
        assertThat(document.isDirty()).isTrue();
    }

    @Test
    void typingIsCoalescedIntoWordSizedSteps() {
        document.load(START, null);
        typeTitleCharByChar(" senior backend");

        assertThat(document.posting().details().title()).isEqualTo("Dev senior backend");
        document.undo();
        assertThat(document.posting().details().title()).isEqualTo("Dev senior ");
        document.undo();
        assertThat(document.posting().details().title()).isEqualTo("Dev ");
        document.undo();
        assertThat(document.posting().details().title()).isEqualTo("Dev");
        assertThat(document.canUndoProperty().get()).isFalse();
    }

    @Test
    void typingInAnotherFieldStartsANewStep() {
        document.load(START, null);
        typeTitleCharByChar("s");
        String text = "Hello!";
        document.type("section-0", "Hello", text, p -> p.withSection(0, new TextSection("Job Brief", text)));

        document.undo();
        assertThat(document.posting().details().title()).isEqualTo("Devs");
        assertThat(((TextSection) document.posting().sections().get(0)).text()).isEqualTo("Hello");
    }

    @Test
    void newEditClearsRedo() {
        document.load(START, null);
        typeTitle("X");
        document.undo();
        document.edit(p -> p.withSectionMoved(0, 1));

        assertThat(document.canRedoProperty().get()).isFalse();
    }

    @Test
    void keepsAtLeastTwoHundredStructuralSteps() {
        document.load(START, null);
        for (int i = 0; i < 250; i++) {
            int n = i;
            document.edit(p -> p.withDetails(p.details().withTitle("T" + n)));
        }
        for (int i = 0; i < 250; i++) {
            document.undo();
        }
        assertThat(document.posting()).isEqualTo(START);
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void editThatChangesNothingIsNoStep() {
        document.load(START, null);
        document.edit(p -> p);

        assertThat(document.canUndoProperty().get()).isFalse();
    }

    @Test
    void markSavedMovesTheCleanPointAndFile() {
        document.load(START, null);
        typeTitle("Saved title");
        document.markSaved(document.posting(), Path.of("b.json"));

        assertThat(document.isDirty()).isFalse();
        assertThat(document.file()).isEqualTo(Path.of("b.json"));
        document.undo();
        assertThat(document.isDirty()).isTrue();
    }

    @Test
    void aReadOnlyDocumentIgnoresEditsAndTypingAndHasNothingToUndo() {
        document.loadReadOnly(START, Path.of("newer.json"), "made by a newer Postwright");

        document.edit(p -> p.withSectionRemoved(0));
        typeTitle("Changed");
        document.undo();

        assertThat(document.posting()).isEqualTo(START);
        assertThat(document.isDirty()).isFalse();
        assertThat(document.canUndoProperty().get()).isFalse();
        assertThat(document.isReadOnly()).isTrue();
        assertThat(document.readOnlyNoticeProperty().get()).isEqualTo("made by a newer Postwright");
        assertThat(document.file()).isEqualTo(Path.of("newer.json"));
    }

    @Test
    void savingACopyOrLoadingAnotherDocumentEndsReadOnly() {
        document.loadReadOnly(START, Path.of("newer.json"), "made by a newer Postwright");
        document.markSaved(START, Path.of("copy.json"));

        assertThat(document.isReadOnly()).isFalse();
        assertThat(document.readOnlyNoticeProperty().get()).isNull();
        assertThat(document.file()).isEqualTo(Path.of("copy.json"));
        document.edit(p -> p.withSectionRemoved(0));
        assertThat(document.isDirty()).isTrue();

        document.loadReadOnly(START, Path.of("newer.json"), "made by a newer Postwright");
        document.load(START, Path.of("other.json"));
        assertThat(document.isReadOnly()).isFalse();
    }
}
