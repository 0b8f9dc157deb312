package app.postwright.ui.export;

import app.postwright.model.Posting;
import app.postwright.render.PageSize;
import app.postwright.render.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The dialog's logic on the FX thread of the headless toolkit, without any window. */
class ExportViewModelTest {
    private static final Posting POSTING = ExportFixtures.backendDeveloper();

    @TempDir
    Path folder;

    private final InMemoryExportSettings settings = new InMemoryExportSettings(
            new ExportChoices(ExportFormat.MARKDOWN, Theme.MODERN, PageSize.LETTER, null));
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<String> encoded = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeAll
    static void startToolkit() throws Exception {
        Fx.startToolkit();
    }

    @Test
    void startsFromTheLastChoicesAndSuggestsAFileNextToTheDraft() throws Exception {
        ExportViewModel model = Fx.call(() -> model(job(), folder.resolve("drafts/backend.json")));

        assertThat(model.formatProperty().get()).isEqualTo(ExportFormat.MARKDOWN);
        assertThat(model.themeProperty().get()).isEqualTo(Theme.MODERN);
        assertThat(model.pageSizeProperty().get()).isEqualTo(PageSize.LETTER);
        assertThat(model.destinationProperty().get()).isEqualTo(folder.resolve("drafts/backend.md"));
    }

    @Test
    void switchingTheFormatSwitchesTheExtension() throws Exception {
        ExportViewModel model = Fx.call(() -> model(job(), null));

        Fx.run(() -> model.formatProperty().set(ExportFormat.PDF));

        assertThat(model.destinationProperty().get()).isEqualTo(folder.resolve("backend-systems-developer.pdf"));
    }

    @Test
    void explainsWhyTheChoicesCannotBeExported() throws Exception {
        ExportViewModel model = Fx.call(() -> model(job(), null));

        Fx.run(() -> model.destinationProperty().set(null));
        assertThat(model.problemProperty().get()).isEqualTo("Choose where to save the file.");
        assertThat(model.canExportProperty().get()).isFalse();

        Fx.run(() -> model.destinationProperty().set(folder));
        assertThat(model.problemProperty().get()).isEqualTo(folder + " is a folder. Add a file name.");

        Fx.run(() -> model.destinationProperty().set(folder.resolve("missing/job.md")));
        assertThat(model.problemProperty().get()).isEqualTo("The folder " + folder.resolve("missing")
                + " does not exist.");
        assertThat(Fx.call(() -> model.export(file -> { }, message -> { }))).isFalse();

        Fx.run(() -> model.destinationProperty().set(folder.resolve("job.md")));
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.canExportProperty().get()).isTrue();
    }

    @Test
    void exportsInTheBackgroundAndRemembersTheChoices() throws Exception {
        ExportViewModel model = Fx.call(() -> model(job(), null));
        CompletableFuture<Path> exported = new CompletableFuture<>();
        release.countDown();

        Fx.run(() -> model.export(exported::complete,
                message -> exported.completeExceptionally(new AssertionError(message))));

        Path file = exported.get(10, TimeUnit.SECONDS);
        assertThat(file).isEqualTo(folder.resolve("backend-systems-developer.md"));
        assertThat(Files.readString(file)).isEqualTo("markdown:modern");
        assertThat(settings.lastChoices()).isEqualTo(
                new ExportChoices(ExportFormat.MARKDOWN, Theme.MODERN, PageSize.LETTER, folder));
        assertThat(model.statusProperty().get()).isEqualTo("Exported backend-systems-developer.md");
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void aSecondClickWhileExportingIsIgnored() throws Exception {
        ExportViewModel model = Fx.call(() -> model(job(), null));
        CompletableFuture<Path> exported = new CompletableFuture<>();

        boolean first = Fx.call(() -> model.export(exported::complete,
                message -> exported.completeExceptionally(new AssertionError(message))));
        boolean second = Fx.call(() -> model.export(exported::complete, message -> { }));
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.canExportProperty().get()).isFalse();
        release.countDown();

        exported.get(10, TimeUnit.SECONDS);
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(encoded).containsExactly("markdown");
    }

    @Test
    void aCancelledExportWritesNothingAndReportsNothing() throws Exception {
        ExportViewModel model = Fx.call(() -> model(job(), null));
        List<Object> reported = new CopyOnWriteArrayList<>();

        Fx.run(() -> model.export(reported::add, reported::add));
        Fx.run(model::cancel);
        release.countDown();
        background.shutdown();
        assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        Fx.run(() -> { });

        assertThat(folder.resolve("backend-systems-developer.md")).doesNotExist();
        assertThat(reported).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Export cancelled");
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void aFailureIsReportedNamingTheFileAndKeepsThePreviousFile() throws Exception {
        Path target = folder.resolve("backend-systems-developer.md");
        Files.writeString(target, "previous");
        ExportJob failing = new ExportJob(encoder("html"), (posting, options, out) -> {
            throw new IOException("disk on fire");
        }, encoder("pdf"));
        ExportViewModel model = Fx.call(() -> model(failing, null));
        CompletableFuture<String> failed = new CompletableFuture<>();

        Fx.run(() -> model.export(file -> failed.complete("exported?"), failed::complete));

        assertThat(failed.get(10, TimeUnit.SECONDS)).isEqualTo("Could not export " + target + ": disk on fire");
        assertThat(Files.readString(target)).isEqualTo("previous");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(settings.lastChoices().folder()).isNull();
    }

    private ExportViewModel model(ExportJob job, Path draftFile) {
        return new ExportViewModel(POSTING, draftFile, folder, job, settings, background);
    }

    /** Encoders that wait for {@link #release}, then write "format:theme" and note that they ran. */
    private ExportJob job() {
        return new ExportJob(encoder("html"), encoder("markdown"), encoder("pdf"));
    }

    private PostingEncoder encoder(String label) {
        return (posting, options, out) -> {
            try {
                if (!release.await(10, TimeUnit.SECONDS)) {
                    throw new IOException("test encoder never released");
                }
            } catch (InterruptedException e) {
                // Cancelling the task interrupts its thread.
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            encoded.add(label);
            out.write((label + ":" + options.theme().id()).getBytes(StandardCharsets.UTF_8));
        };
    }
}
