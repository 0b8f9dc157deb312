package app.postwright.ui.check;

import app.postwright.check.Finding;
import app.postwright.check.FindingLocation;
import app.postwright.check.PostingChecks;
import app.postwright.check.Severity;
import app.postwright.model.Posting;
import app.postwright.ui.Settings;
import app.postwright.ui.concurrent.CoalescingWorker;
import app.postwright.ui.document.DocumentModel;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;

/**
 * The checks panel's logic: runs the posting checks on every change of the document, off the UI thread and
 * coalesced ({@link CoalescingWorker}, so typing never waits and stale results are dropped), and offers the
 * writer's answers to a finding: dismiss it for this draft (an undoable edit of the posting, saved with it) or put
 * its word on the personal allow list (kept in {@link Settings}).
 */
public final class ChecksViewModel {
    /** Checks closer together than this are coalesced into one run on the newest state. */
    public static final long COALESCE_MILLIS = 300;
    /**
     * The checks run once the writer pauses this long: a run takes tens of milliseconds of a processor, which
     * while typing belong to the preview (on two busy cores the checks measurably delayed each keystroke's
     * preview).
     */
    public static final long PAUSE_MILLIS = 400;
    /** Rule id of the finding shown when the checks themselves fail; not a real rule, so not dismissable. */
    static final String FAILED_RULE = "checks.failed";
    private static final System.Logger LOG = System.getLogger(ChecksViewModel.class.getName());

    private final DocumentModel document;
    private final Settings settings;
    private final CoalescingWorker<Request, Checked> worker;
    private final ReadOnlyObjectWrapper<Checked> checked = new ReadOnlyObjectWrapper<>(this, "checked",
            new Checked(Posting.EMPTY, List.of()));
    private final StringBinding summary;
    private final IntegerBinding dismissedCount;

    private record Request(Posting posting, List<String> allowList) {
    }

    /** The findings of one run and the posting they were found in (their section indexes refer to it). */
    public record Checked(Posting posting, List<Finding> findings) {
        public Checked {
            findings = List.copyOf(findings);
        }
    }

    /**
     * @param worker      a single-thread executor the checks run on
     * @param uiThread    where results are delivered (Platform::runLater in the app)
     * @param pauseMillis a run waits until the document has not changed for this long
     */
    public ChecksViewModel(DocumentModel document, Settings settings, PostingChecker checker,
                           ScheduledExecutorService worker, Executor uiThread, long intervalMillis,
                           long pauseMillis) {
        this.document = document;
        this.settings = settings;
        this.worker = new CoalescingWorker<>(request -> run(checker, request), worker, uiThread, intervalMillis,
                pauseMillis, result -> show(result.value()));
        summary = Bindings.createStringBinding(this::summaryText, checked);
        dismissedCount = Bindings.createIntegerBinding(() -> document.posting().dismissedFindings().size(),
                document.postingProperty());
        document.postingProperty().addListener((obs, old, posting) -> recheck());
        recheck();
    }

    /**
     * The editor's view-model: the real checks (their word lists loaded on first use) on a daemon thread of their
     * own, results delivered on the FX thread.
     */
    public static ChecksViewModel inBackground(DocumentModel document, Settings settings) {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread checks = new Thread(runnable, "postwright-checks");
            checks.setDaemon(true);
            return checks;
        });
        return new ChecksViewModel(document, settings, PostingChecker.createdOnFirstUse(PostingChecks::new), thread,
                Platform::runLater, COALESCE_MILLIS, PAUSE_MILLIS);
    }

    /** The newest results; they change on the UI thread. */
    public ReadOnlyObjectProperty<Checked> checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    public List<Finding> findings() {
        return checked.get().findings();
    }

    /** The findings by severity, most severe first, leaving out severities without findings. */
    public List<FindingGroup> groups() {
        return Arrays.stream(Severity.values())
                .map(severity -> new FindingGroup(severity, findings().stream()
                        .filter(finding -> finding.severity() == severity).toList()))
                .filter(group -> !group.findings().isEmpty())
                .toList();
    }

    public long count(Severity severity) {
        return findings().stream().filter(finding -> finding.severity() == severity).count();
    }

    /** "2 errors · 5 warnings · 3 tips", or "No findings". */
    public StringBinding summaryProperty() {
        return summary;
    }

    /** How many findings the writer dismissed in this draft. */
    public IntegerBinding dismissedCountProperty() {
        return dismissedCount;
    }

    /** Where {@code finding} is, in the editor's words ("Skills › bullet 3"). */
    public String where(Finding finding) {
        return FindingWhere.describe(finding.location(), checked.get().posting());
    }

    /** Runs the checks again on the current state, e.g. after the allow list changed. */
    public void recheck() {
        worker.request(new Request(document.posting(), allowList()));
    }

    public boolean canDismiss(Finding finding) {
        return !finding.ruleId().equals(FAILED_RULE) && !document.isReadOnly();
    }

    /** True while the document is read-only: findings can be read, not dismissed or restored. */
    public ObservableBooleanValue readOnlyProperty() {
        return document.readOnlyProperty();
    }

    /** Dismisses {@code finding} for this draft: an edit of the posting, so undo brings it back and save keeps it. */
    public void dismiss(Finding finding) {
        if (canDismiss(finding) && !document.posting().dismissedFindings().contains(finding.id())) {
            document.edit(posting -> {
                List<String> dismissed = new ArrayList<>(posting.dismissedFindings());
                dismissed.add(finding.id());
                return posting.withDismissedFindings(dismissed);
            });
        }
    }

    /** Brings every dismissed finding of this draft back (one undo step). */
    public void restoreDismissed() {
        document.edit(posting -> posting.withDismissedFindings(List.of()));
    }

    /**
     * The word or phrase the writer may put on the allow list for {@code finding}: the matched text of the wording
     * rules (gender-coded words, exclusionary phrasing), which are the rules that read the allow list.
     */
    public Optional<String> allowableWord(Finding finding) {
        boolean wording = finding.ruleId().equals("gender-coded.word") || finding.ruleId().startsWith("exclusionary.");
        return wording && !finding.matchedText().isBlank() ? Optional.of(finding.matchedText()) : Optional.empty();
    }

    /** Adds {@code word} to the personal allow list (kept across drafts) and checks again. */
    public void allow(String word) {
        String entry = word.strip();
        List<String> words = new ArrayList<>(allowList());
        if (!entry.isEmpty() && words.stream().noneMatch(entry::equalsIgnoreCase)) {
            words.add(entry);
            settings.put(Settings.CHECKS_ALLOW_LIST, words);
            recheck();
        }
    }

    public List<String> allowList() {
        return settings.get(Settings.CHECKS_ALLOW_LIST);
    }

    private static Checked run(PostingChecker checker, Request request) {
        try {
            return new Checked(request.posting(), checker.check(request.posting(), request.allowList()));
        } catch (RuntimeException e) {
            // The editor must keep working: say that the checks failed instead of showing a stale or empty list.
            LOG.log(System.Logger.Level.WARNING, "Posting checks failed", e);
            return new Checked(request.posting(), List.of(new Finding(FAILED_RULE, Severity.ERROR,
                    FindingLocation.posting(), "The checks could not run: " + e.getMessage(), "", "")));
        }
    }

    /**
     * Shows a run's findings, without any the writer dismissed after the run started (a dismissal re-runs the
     * checks, but the run in flight would otherwise show the finding again for a moment).
     */
    private void show(Checked result) {
        Set<String> dismissed = new HashSet<>(document.posting().dismissedFindings());
        checked.set(new Checked(result.posting(), result.findings().stream()
                .filter(finding -> !dismissed.contains(finding.id())).toList()));
    }

    private String summaryText() {
        if (findings().isEmpty()) {
            return "No findings";
        }
        return Arrays.stream(Severity.values()).map(severity -> FindingGroup.count(severity, count(severity)))
                .collect(Collectors.joining(" \u00b7 "));
    }
}
