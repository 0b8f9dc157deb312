package app.postwright.ui;

import app.postwright.draft.DraftCodec;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.prefs.BackingStoreException;

import static app.postwright.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft from a newer format version opens read-only with a notice (issue 4, point 4): the real window, the real
 * file layer, a version 2 draft on disk that must stay byte for byte as it was.
 */
@ExtendWith(ApplicationExtension.class)
class NewerDraftWindowTest {
    /** Version 1's keys, plus keys version 1 does not know at the top level, in details and in a section. */
    private static final String VERSION_2 = """
            {
              "format": "postwright-draft",
              "version": 2,
              "details": {
                "title": "Warehouse Associate",
                "company": {"name": "Northwind Supply", "website": "", "logoPath": ""},
                "shiftPattern": {"nights": true}
              },
              "sections": [
                {"kind": "text", "heading": "About the role", "visible": true, "text": "Pick and pack.",
                 "layout": "two-columns"},
                {"kind": "bullets", "heading": "Duties", "visible": true, "items": ["Pick", "Pack"]}
              ],
              "dismissedFindings": [],
              "reviewers": ["ana@example.com"]
            }
            """;

    private final WindowFixture fixture = new WindowFixture();
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = fixture.open(stage);
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        fixture.close();
    }

    private Path openNewerDraft(FxRobot robot) throws IOException {
        Path file = Files.writeString(dir.resolve("newer.json"), VERSION_2);
        robot.interact(() -> window.open(file));
        waitUntil(() -> file.equals(window.document().file()) && isShown(robot, "#read-only-notice")
                && isShown(robot, "#details-title"));
        WaitForAsyncUtils.waitForFxEvents();
        return file;
    }

    private static boolean isShown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static void pressShortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    private static Set<TextInputControl> textInputsOfTheForm(FxRobot robot) {
        return robot.lookup("#editor-host .text-input").queryAllAs(TextInputControl.class);
    }

    /** The text of a combo box or date picker is edited through a field inside it, disabled with it. */
    private static boolean canBeTypedIn(TextInputControl control) {
        return control.isEditable() && !control.isDisabled();
    }

    @Test
    void opensReadOnlyWithANoticeAndNoControlCanChangeIt(FxRobot robot) throws IOException {
        Path file = openNewerDraft(robot);

        assertThat(robot.lookup("#read-only-notice-text").queryAs(Label.class).getText()).isEqualTo(
                "newer.json was written by a newer version of Postwright (format 2). It is open read-only so that "
                        + "nothing in it is lost. Export and copy still work; use Save As\u2026 to keep a copy in "
                        + "this version's format.");
        assertThat(window.stage().getTitle()).isEqualTo("newer.json (read-only) \u2014 Postwright");
        assertThat(window.document().posting().details().title()).isEqualTo("Warehouse Associate");

        TextInputControl title = robot.lookup("#details-title").queryAs(TextInputControl.class);
        assertThat(title.isEditable()).isFalse();
        assertThat(textInputsOfTheForm(robot)).isNotEmpty().noneMatch(NewerDraftWindowTest::canBeTypedIn);
        robot.clickOn(title).press(KeyCode.END).release(KeyCode.END).write(" II");
        pressShortcut(robot, KeyCode.Z);
        assertThat(title.getText()).isEqualTo("Warehouse Associate");
        assertThat(robot.lookup("#outline-add").queryAs(ButtonBase.class).isDisabled()).isTrue();

        // Every section's form is locked too, including those built when the outline selection changes.
        ListView<?> outline = robot.lookup("#outline-list").queryAs(ListView.class);
        for (int row = 1; row <= 2; row++) {
            int selected = row;
            robot.interact(() -> outline.getSelectionModel().select(selected));
            assertThat(textInputsOfTheForm(robot)).isNotEmpty().noneMatch(NewerDraftWindowTest::canBeTypedIn);
            assertThat(robot.lookup("#section-shown").queryAs(ButtonBase.class).isDisabled()).isTrue();
            assertThat(robot.lookup("#outline-remove").queryAs(ButtonBase.class).isDisabled()).isTrue();
        }
        assertThat(robot.lookup("#bullet-add").queryAs(ButtonBase.class).isDisabled()).isTrue();
        robot.clickOn("#bullet-1").type(KeyCode.ENTER).type(KeyCode.BACK_SPACE);
        robot.clickOn("#outline-list").type(KeyCode.DELETE);

        assertThat(window.document().isDirty()).isFalse();
        assertThat(window.document().posting()).isEqualTo(new DraftCodec().readAnyVersion(file).posting());
        assertThat(file).hasContent(VERSION_2);
    }

    @Test
    void saveNeverWritesTheNewerFileAndSaveAsKeepsAnEditableCopy(FxRobot robot) throws IOException {
        Path file = openNewerDraft(robot);
        byte[] before = Files.readAllBytes(file);

        // Ctrl+S asks for a new file; cancelling it writes nothing.
        pressShortcut(robot, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        // Choosing the newer file itself is refused.
        fixture.fakes.nextSaveTarget = file;
        pressShortcut(robot, KeyCode.S);
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane error = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(error.getContentText()).contains("made by a newer version of Postwright", "Save As");
        robot.interact(() -> error.getScene().getWindow().hide());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(window.document().isReadOnly()).isTrue();
        assertThat(fixture.fakes.recovery.list()).as("nothing is autosaved while read-only").isEmpty();

        // Another name: a copy in this version's format, unknown keys kept, and it can be edited.
        Path copy = dir.resolve("newer-copy.json");
        fixture.fakes.nextSaveTarget = copy;
        robot.clickOn("#read-only-save-as");
        waitUntil(() -> copy.equals(window.document().file()));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        String written = Files.readString(copy, StandardCharsets.UTF_8);
        assertThat(written).contains("\"version\": 1", "\"shiftPattern\"", "\"layout\": \"two-columns\"",
                "\"reviewers\"");
        assertThat(new DraftCodec().read(copy)).isEqualTo(window.document().posting());
        assertThat(isShown(robot, "#read-only-notice")).isFalse();
        assertThat(window.stage().getTitle()).isEqualTo("newer-copy.json \u2014 Postwright");
        robot.clickOn("#details-title").press(KeyCode.END).release(KeyCode.END).write(" II");
        assertThat(window.document().posting().details().title()).isEqualTo("Warehouse Associate II");
    }
}
