package app.postwright.cli;

import app.postwright.check.Finding;
import app.postwright.check.FindingLocation;
import app.postwright.check.Severity;
import app.postwright.render.Span;
import app.postwright.model.Posting;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code postwright check FILE... [--format text|json] [--fail-on error|warning]}: runs the posting checks. Exit code
 * 1 when a finding at or above --fail-on exists, 0 otherwise, 2 on bad input (every file is read before any output,
 * so a bad file yields no partial report).
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check drafts for exclusionary wording, readability, length, completeness, pay transparency "
                + "and Google for Jobs data.")
final class CheckCommand implements Callable<Integer> {
    static final int EXIT_FINDINGS = 1;

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Drafts (.json) or importable files to check.")
    private List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text or json. Default: ${DEFAULT-VALUE}.")
    private ReportFormat format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Exit with 1 when a finding of this severity or worse exists: error or warning. "
                    + "Default: ${DEFAULT-VALUE}.")
    private FailOn failOn;

    @Option(names = "--allow", paramLabel = "WORD", split = ",",
            description = "Words or phrases never to flag (your allow list), comma-separated or repeated.")
    private List<String> allowList = new ArrayList<>();

    enum ReportFormat { TEXT, JSON }

    /** The severities --fail-on accepts; tips never fail a run. */
    enum FailOn {
        ERROR(Severity.ERROR),
        WARNING(Severity.WARNING);

        private final Severity severity;

        FailOn(Severity severity) {
            this.severity = severity;
        }
    }

    private record Report(Path file, List<Finding> findings) {
    }

    CheckCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        List<Posting> postings = inputs.stream().map(services.documentReader()::read).toList();
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            reports.add(new Report(inputs.get(i), services.postingChecks().run(postings.get(i), allowList)));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportFormat.JSON) {
            out.println(json(reports));
        } else {
            reports.forEach(report -> text(report, out));
        }
        boolean failed = reports.stream().flatMap(r -> r.findings().stream())
                .anyMatch(f -> f.severity().isAtLeast(failOn.severity));
        return failed ? EXIT_FINDINGS : 0;
    }

    /** Compiler-style lines, "FILE:LOCATION: severity: message [rule]", so editors and grep can jump to them. */
    private static void text(Report report, PrintWriter out) {
        for (Finding finding : report.findings()) {
            out.printf("%s:%s: %s: %s [%s]%n", report.file(), where(finding.location()), finding.severity().id(),
                    finding.message(), finding.ruleId());
            if (!finding.suggestion().isEmpty()) {
                out.printf("    fix: %s%n", finding.suggestion());
            }
        }
        out.printf("%s: %s%n", report.file(), summary(report.findings()));
    }

    private static String where(FindingLocation location) {
        Span span = location.span();
        return span.isEmpty() ? location.path() : location.path() + ":" + span.start() + "-" + span.end();
    }

    private static String summary(List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long count = findings.stream().filter(f -> f.severity() == severity).count();
            parts.add(count + " " + severity.id() + (count == 1 ? "" : "s"));
        }
        return String.join(", ", parts);
    }

    private static String json(List<Report> reports) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (Report report : reports) {
            ObjectNode file = files.addObject();
            file.put("file", report.file().toString());
            ArrayNode findings = file.putArray("findings");
            for (Finding finding : report.findings()) {
                ObjectNode node = findings.addObject();
                node.put("id", finding.id());
                node.put("rule", finding.ruleId());
                node.put("severity", finding.severity().id());
                ObjectNode location = node.putObject("location");
                location.put("path", finding.location().path());
                location.put("start", finding.location().span().start());
                location.put("end", finding.location().span().end());
                node.put("message", finding.message());
                node.put("suggestion", finding.suggestion());
                node.put("text", finding.matchedText());
            }
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings and numbers always serialises", e);
        }
    }
}
