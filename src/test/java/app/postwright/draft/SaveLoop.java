package app.postwright.draft;

import app.postwright.model.BulletSection;
import app.postwright.model.Posting;
import app.postwright.model.Section;
import app.postwright.render.HtmlRenderer;
import app.postwright.render.PdfExporter;
import app.postwright.render.RenderOptions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The child process of {@link CrashSafeFilesTest}: saves a large draft (or exports a PDF) to one file over and over,
 * alternating two contents, until it is killed. It warms up first (in memory, not on disk), then waits for a line
 * on standard input, so that the parent can start the next child while it tests the current one; at the end of
 * standard input it exits instead (how {@link ChildJvm} records the classes it loads). It prints one line after each
 * completed write, so that the parent can kill it in the middle of a later write rather than during start-up.
 *
 * <p>Usage: {@code SaveLoop draft|pdf TARGET}
 */
public final class SaveLoop {
    static final String DRAFT = "draft";
    static final String PDF = "pdf";
    static final String WROTE = "wrote";

    private SaveLoop() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[1]);
        List<Posting> versions = List.of(version("A", args[0]), version("B", args[0]));
        Saver saver = args[0].equals(DRAFT) ? draftSaver(versions.get(0)) : pdfSaver();
        if (System.in.read() < 0) {
            return;
        }
        for (long i = 0; ; i++) {
            saver.save(versions.get((int) (i % 2)), target);
            System.out.println(WROTE + " " + i);
        }
    }

    @FunctionalInterface
    private interface Saver {
        void save(Posting posting, Path target);
    }

    /** Warmed up in memory: the current child may be writing the target meanwhile. */
    private static Saver draftSaver(Posting sample) {
        DraftCodec codec = new DraftCodec();
        codec.toJson(sample);
        return codec::save;
    }

    /**
     * Warmed up with the exporter's own small posting: it loads the PDF pipeline's classes and parses the fonts,
     * most of a first export's time, at a fraction of the cost of a full export.
     */
    private static Saver pdfSaver() throws IOException {
        PdfExporter exporter = new PdfExporter(new HtmlRenderer());
        exporter.warmUp(RenderOptions.DEFAULT);
        return (posting, target) -> AtomicFiles.write(target,
                out -> exporter.export(posting, RenderOptions.DEFAULT, out));
    }

    /**
     * One of the two alternating contents, titled "Version A" or "Version B": a full sample posting with enough
     * extra bullets to make a draft of about 1 MB (so a save takes long enough to be killed half-way) or a PDF of a
     * few pages.
     */
    static Posting version(String name, String mode) {
        Posting sample = SamplePostings.full();
        int bullets = mode.equals(DRAFT) ? 12_000 : 30;
        List<String> items = IntStream.range(0, bullets)
                .mapToObj(i -> "Version " + name + " bullet " + i + ": keep every word of a long day's typing safe")
                .toList();
        List<Section> sections = new ArrayList<>(sample.sections());
        sections.add(new BulletSection("Version " + name, items));
        return sample.withDetails(sample.details().withTitle("Version " + name)).withSections(sections);
    }
}
