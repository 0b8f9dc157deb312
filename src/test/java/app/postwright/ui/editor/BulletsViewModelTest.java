package app.postwright.ui.editor;

import app.postwright.model.BulletSection;
import app.postwright.ui.TestPostings;
import app.postwright.ui.document.DocumentModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BulletsViewModelTest {
    private final DocumentModel document = new DocumentModel();
    private final BulletsViewModel bullets = new BulletsViewModel(document, 1);

    @BeforeEach
    void load() {
        document.load(TestPostings.backendDeveloper(), null);
    }

    @Test
    void enterSplitsTheBulletAtTheCaret() {
        bullets.split(0, "Develop".length());

        assertThat(bullets.entries()).containsExactly("Develop", "server-side logic", "Design data storage");
        document.undo();
        assertThat(bullets.entries()).containsExactly("Develop server-side logic", "Design data storage");
    }

    @Test
    void enterAtTheEndAddsAnEmptyBullet() {
        bullets.split(1, "Design data storage".length());

        assertThat(bullets.entries()).containsExactly("Develop server-side logic", "Design data storage", "");
    }

    @Test
    void pastingSeveralLinesMakesSeveralBulletsWithoutMarkers() {
        bullets.split(1, "Design data storage".length());
        var last = bullets.pasteLines(2, 0, 0, "- Write tests\n\n* Review code\r\n3. Ship ");

        assertThat(last).hasValue(4);
        assertThat(bullets.entries()).containsExactly("Develop server-side logic", "Design data storage",
                "Write tests", "Review code", "Ship");
    }

    @Test
    void pastingOneLineIsLeftToTheTextField() {
        assertThat(bullets.pasteLines(0, 0, 0, "just text")).isEmpty();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void typingEditsOneBulletAndMovingReorders() {
        bullets.typeEntry(0, "text", "Develop server-side logic", "Own server-side logic", "Own server-side logic");
        int to = bullets.move(0, 1);

        assertThat(to).isEqualTo(1);
        assertThat(bullets.entries()).containsExactly("Design data storage", "Own server-side logic");
        assertThat(bullets.move(1, 1)).isEqualTo(1);
    }

    @Test
    void removeAndInsert() {
        bullets.remove(0);
        bullets.insert(1, "Mentor juniors");

        assertThat(((BulletSection) document.posting().sections().get(1)).items())
                .containsExactly("Design data storage", "Mentor juniors");
    }
}
