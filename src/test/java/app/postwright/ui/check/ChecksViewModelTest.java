package app.postwright.ui.check;

import app.postwright.check.DetailsField;
import app.postwright.check.Finding;
import app.postwright.check.FindingLocation;
import app.postwright.check.PostingChecks;
import app.postwright.check.Severity;
import app.postwright.model.BulletSection;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.ui.Settings;
import app.postwright.ui.TestPostings;
import app.postwright.ui.document.DocumentModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks panel's logic without a screen: results are delivered by running the queued UI-thread tasks. */
class ChecksViewModelTest {
    private static final PostingChecks REAL_CHECKS = new PostingChecks();

    private final Preferences node = Preferences.userRoot().node("postwright-test-" + UUID.randomUUID());
    private final Settings settings = new Settings(node);
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();
    private final List<Runnable> uiQueue = new CopyOnWriteArrayList<>();
    private final DocumentModel document = new DocumentModel();

    @AfterEach
    void clean() throws BackingStoreException {
        worker.shutdownNow();
        node.removeNode();
    }

    private ChecksViewModel model(PostingChecker checker) {
        return new ChecksViewModel(document, settings, checker, worker, uiQueue::add, 0, 0);
    }

    /** Waits until the worker has queued {@code count} results in all, then delivers the ones not yet delivered. */
    private void deliver(int count) {
        awaitQueue(count);
        drain();
    }

    private void drain() {
        while (!uiQueue.isEmpty()) {
            uiQueue.remove(0).run();
        }
    }

    /**
     * Delivers results until the model shows the findings of the document's current state: the request made when
     * the model was created and the one made by loading may or may not be coalesced into one run.
     */
    private void settle(ChecksViewModel model) {
        long deadline = System.currentTimeMillis() + 5000;
        while (!model.checkedProperty().get().posting().equals(document.posting())) {
            assertThat(System.currentTimeMillis()).as("checks finished in time").isLessThan(deadline);
            drain();
            Thread.onSpinWait();
        }
    }

    private void awaitQueue(int size) {
        long deadline = System.currentTimeMillis() + 5000;
        while (uiQueue.size() < size && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(uiQueue).hasSize(size);
    }

    private static Finding finding(Severity severity, String message) {
        return new Finding("test." + message, severity, FindingLocation.posting(), message, "", "");
    }

    private static Posting withBullet(String bullet) {
        return TestPostings.backendDeveloper().withSection(1,
                new BulletSection("Responsibilities", List.of("Develop server-side logic", bullet)));
    }

    private static Finding rockstar(List<Finding> findings) {
        return findings.stream().filter(f -> f.matchedText().equalsIgnoreCase("rockstar")).findFirst().orElseThrow();
    }

    @Test
    void groupsBySeverityMostSevereFirstAndCountsEach() {
        ChecksViewModel model = model((posting, allow) -> List.of(finding(Severity.TIP, "t1"),
                finding(Severity.ERROR, "e1"), finding(Severity.TIP, "t2"), finding(Severity.TIP, "t3")));
        deliver(1);

        assertThat(model.groups()).extracting(FindingGroup::severity).containsExactly(Severity.ERROR, Severity.TIP);
        assertThat(model.groups().get(1).findings()).extracting(Finding::message).containsExactly("t1", "t2", "t3");
        assertThat(model.groups()).extracting(FindingGroup::title).containsExactly("Errors", "Tips");
        assertThat(model.count(Severity.WARNING)).isZero();
        assertThat(model.summaryProperty().get()).isEqualTo("1 error \u00b7 0 warnings \u00b7 3 tips");
    }

    @Test
    void noFindingsSaysSo() {
        ChecksViewModel model = model((posting, allow) -> List.of());
        deliver(1);

        assertThat(model.groups()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("No findings");
    }

    @Test
    void everyEditIsCheckedAndFindingsSayWhereTheyAre() {
        ChecksViewModel model = model(REAL_CHECKS::run);
        document.load(withBullet("Design data storage"), null);
        settle(model);
        assertThat(model.findings()).extracting(Finding::matchedText).doesNotContain("rockstar");

        document.type("bullet", "Design data storage", "Be a rockstar", p -> withBullet("Be a rockstar"));
        deliver(1);

        Finding rockstar = rockstar(model.findings());
        assertThat(rockstar.severity()).isEqualTo(Severity.WARNING);
        assertThat(model.where(rockstar)).isEqualTo("Responsibilities \u203a bullet 2");
    }

    @Test
    void anOlderResultArrivingAfterANewerOneIsDropped() {
        ChecksViewModel model = model((posting, allow) -> List.of(finding(Severity.TIP,
                posting.details().title())));
        awaitQueue(1);
        document.load(Posting.EMPTY.withDetails(PostingDetails.EMPTY.withTitle("old")), null);
        awaitQueue(2);
        document.load(Posting.EMPTY.withDetails(PostingDetails.EMPTY.withTitle("new")), null);
        awaitQueue(3);

        uiQueue.get(2).run();
        uiQueue.get(1).run();
        uiQueue.get(0).run();

        assertThat(model.findings()).extracting(Finding::message).containsExactly("new");
        assertThat(model.checkedProperty().get().posting().details().title()).isEqualTo("new");
    }

    @Test
    void dismissingIsAnUndoableEditOfThePostingAndHidesTheFinding() {
        ChecksViewModel model = model(REAL_CHECKS::run);
        document.load(withBullet("Be a rockstar"), null);
        settle(model);
        Finding rockstar = rockstar(model.findings());

        model.dismiss(rockstar);

        assertThat(document.posting().dismissedFindings()).containsExactly(
                "exclusionary.hype-title@sections[1].bullets[1]:rockstar");
        assertThat(document.isDirty()).isTrue();
        assertThat(model.dismissedCountProperty().get()).isEqualTo(1);
        deliver(1);
        assertThat(model.findings()).extracting(Finding::id).doesNotContain(rockstar.id());

        document.undo();
        deliver(1);
        assertThat(document.posting().dismissedFindings()).isEmpty();
        assertThat(model.findings()).extracting(Finding::id).contains(rockstar.id());
    }

    @Test
    void aRunStartedBeforeADismissalDoesNotBringTheFindingBack() {
        ChecksViewModel model = model(REAL_CHECKS::run);
        document.load(withBullet("Be a rockstar"), null);
        settle(model);
        Finding rockstar = rockstar(model.findings());
        document.type("bullet", "Be a rockstar", "Be a rockstar!", p -> withBullet("Be a rockstar!"));
        awaitQueue(1);

        model.dismiss(rockstar);
        uiQueue.get(0).run();

        assertThat(model.findings()).extracting(Finding::id).doesNotContain(rockstar.id());
    }

    @Test
    void restoringBringsEveryDismissedFindingBack() {
        ChecksViewModel model = model(REAL_CHECKS::run);
        document.load(withBullet("Be a rockstar").withDismissedFindings(List.of("a", "b")), null);
        settle(model);

        model.restoreDismissed();

        assertThat(document.posting().dismissedFindings()).isEmpty();
        assertThat(model.dismissedCountProperty().get()).isZero();
    }

    @Test
    void allowingAWordStoresItInSettingsAndChecksAgain() {
        ChecksViewModel model = model(REAL_CHECKS::run);
        document.load(withBullet("Be a rockstar"), null);
        settle(model);
        Finding rockstar = rockstar(model.findings());
        assertThat(model.allowableWord(rockstar)).contains("rockstar");

        model.allow("rockstar");
        model.allow("Rockstar");

        assertThat(settings.get(Settings.CHECKS_ALLOW_LIST)).containsExactly("rockstar");
        assertThat(new Settings(node).get(Settings.CHECKS_ALLOW_LIST)).containsExactly("rockstar");
        deliver(1);
        assertThat(model.findings()).extracting(Finding::matchedText).doesNotContain("rockstar");
        assertThat(document.isDirty()).as("the allow list is not part of the draft").isFalse();
    }

    @Test
    void onlyWordingFindingsOfferTheAllowList() {
        ChecksViewModel model = model((posting, allow) -> List.of());
        Finding missingSalary = new Finding("pay.salary-missing", Severity.WARNING,
                FindingLocation.details(DetailsField.SALARY), "No salary range.", "", "");
        Finding codedWord = new Finding("gender-coded.word", Severity.TIP, FindingLocation.posting(), "m", "",
                "competitive");

        assertThat(model.allowableWord(missingSalary)).isEmpty();
        assertThat(model.allowableWord(codedWord)).contains("competitive");
    }

    @Test
    void failingChecksShowAnErrorInsteadOfBreakingTheEditor() {
        ChecksViewModel model = model((posting, allow) -> {
            throw new IllegalStateException("word list missing");
        });
        deliver(1);

        assertThat(model.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("word list missing");
            assertThat(model.canDismiss(f)).isFalse();
        });
        model.dismiss(model.findings().get(0));
        assertThat(document.posting().dismissedFindings()).isEmpty();
    }

    @Test
    void theRealChecksAreCreatedOnFirstUseOnly() {
        int[] created = {0};
        PostingChecker checker = PostingChecker.createdOnFirstUse(() -> {
            created[0]++;
            return REAL_CHECKS;
        });
        assertThat(created[0]).isZero();

        checker.check(Posting.EMPTY, List.of());
        checker.check(Posting.EMPTY, List.of());
        assertThat(created[0]).isEqualTo(1);
    }
}
