package app.postwright.cli;

import app.postwright.BadInputException;
import app.postwright.draft.AtomicFiles;
import app.postwright.model.Posting;
import app.postwright.render.PageSize;
import app.postwright.render.RenderOptions;
import app.postwright.render.Theme;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code postwright export FILE... --format html|md|pdf|jsonld [-o OUT | --out-dir DIR]}: many drafts in one process.
 * Every input is read and every output name decided before anything is written, so a bad input writes nothing.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Export drafts (or Markdown/text/HTML files) to HTML, Markdown, PDF or JSON-LD.")
final class ExportCommand implements Runnable {
    private final Services services;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Drafts (.json) or importable files to export.")
    private List<Path> inputs;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "Output format: html, md, pdf or jsonld.")
    private ExportFormat format;

    @ArgGroup(exclusive = true)
    private Destination destination = new Destination();

    @Option(names = "--theme", paramLabel = "NAME", defaultValue = "classic", converter = ThemeConverter.class,
            description = "HTML/PDF theme: classic or modern. Default: ${DEFAULT-VALUE}.")
    private Theme theme;

    @Option(names = "--page-size", paramLabel = "SIZE", defaultValue = "a4", converter = PageSizeConverter.class,
            description = "PDF page size: a4 or letter. Default: ${DEFAULT-VALUE}.")
    private PageSize pageSize;

    static final class Destination {
        @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (one input only).")
        Path output;

        @Option(names = "--out-dir", paramLabel = "DIR",
                description = "Folder for the outputs, named after each input. Default: next to each input.")
        Path outDir;
    }

    ExportCommand(Services services) {
        this.services = services;
    }

    @Override
    public void run() {
        if (destination.output != null && inputs.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "-o takes one input; use --out-dir for " + inputs.size() + " inputs");
        }
        RenderOptions options = new RenderOptions(theme, pageSize);
        // A cold PDF export spends more time loading the PDF machinery than rendering, and reading the drafts
        // (Jackson) is the other half of start-up: the two run side by side (usually started already by run()).
        if (format == ExportFormat.PDF) {
            services.warmUpPdf();
        }
        List<Job> jobs = plan();
        prepareOutDir();
        writeAll(jobs, options);
    }

    /**
     * True when {@code args} (a whole command line) may be a PDF export: the {@code export} command with "pdf" in
     * an argument ({@code --format pdf}, {@code -fpdf}, {@code -o x.pdf}). The launcher then starts the PDF
     * warm-up before the arguments are even parsed; a wrong guess costs only idle time on another core.
     */
    static boolean mayExportPdf(String[] args) {
        return args.length > 0 && args[0].equals("export")
                && Arrays.stream(args).anyMatch(arg -> arg.toLowerCase(Locale.ROOT).contains("pdf"));
    }

    private record Job(Path input, Posting posting, Path output) {
    }

    private List<Job> plan() {
        Map<Path, Path> outputsSeen = new HashMap<>();
        List<Job> jobs = new ArrayList<>();
        for (Path input : inputs) {
            Posting posting = services.documentReader().read(input);
            Path output = outputFor(input);
            Path previous = outputsSeen.put(output.toAbsolutePath().normalize(), input);
            if (previous != null) {
                throw new BadInputException(previous + " and " + input + " would both be written to " + output);
            }
            if (Files.exists(output) && sameFile(input, output)) {
                throw new BadInputException("exporting " + input + " would overwrite it; choose another -o or --out-dir");
            }
            jobs.add(new Job(input, posting, output));
        }
        return jobs;
    }

    private Path outputFor(Path input) {
        if (destination.output != null) {
            return destination.output;
        }
        String name = OutputPaths.baseName(input) + "." + format.extension();
        Path folder = destination.outDir != null ? destination.outDir : input.toAbsolutePath().getParent();
        return folder.resolve(name);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private void prepareOutDir() {
        if (destination.outDir == null) {
            return;
        }
        try {
            Files.createDirectories(destination.outDir);
        } catch (java.io.IOException e) {
            throw new BadInputException("cannot create output folder " + destination.outDir + ": " + e.getMessage(), e);
        }
    }

    /** PDF rendering is CPU-bound and independent per posting, so it runs on every core. */
    private void writeAll(List<Job> jobs, RenderOptions options) {
        int threads = format == ExportFormat.PDF ? Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()) : 1;
        if (threads <= 1) {
            jobs.forEach(job -> write(job, options));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (Job job : jobs) {
                results.add(pool.submit(() -> write(job, options)));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException("export interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void write(Job job, RenderOptions options) {
        switch (format) {
            case HTML -> AtomicFiles.write(job.output(),
                    services.htmlRenderer().render(job.posting(), options).getBytes(StandardCharsets.UTF_8));
            case MD -> AtomicFiles.write(job.output(),
                    services.markdownWriter().write(job.posting()).getBytes(StandardCharsets.UTF_8));
            case PDF -> AtomicFiles.write(job.output(),
                    out -> services.pdfExporter().export(job.posting(), options, out));
            case JSONLD -> AtomicFiles.write(job.output(),
                    services.jobPostingLd().toJson(job.posting()).getBytes(StandardCharsets.UTF_8));
        }
    }

    static final class ThemeConverter implements CommandLine.ITypeConverter<Theme> {
        @Override
        public Theme convert(String value) {
            try {
                return Theme.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class PageSizeConverter implements CommandLine.ITypeConverter<PageSize> {
        @Override
        public PageSize convert(String value) {
            try {
                return PageSize.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
