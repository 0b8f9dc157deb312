package app.postwright.bench;

import app.postwright.model.Posting;
import app.postwright.render.HtmlRenderer;
import app.postwright.render.PdfExporter;
import app.postwright.render.RenderOptions;
import app.postwright.template.TemplateCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

/**
 * Posting → HTML and warm PDF export of the reference template (targets: ≤ 2 ms and ≤ 100 ms).
 * Run with src/bench/run-benchmarks.sh; results go to docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {
    private Posting seed;
    private HtmlRenderer htmlRenderer;
    private PdfExporter pdfExporter;

    @Setup
    public void setUp() throws IOException {
        seed = new TemplateCatalog(Files.createTempDirectory("bench-templates")).load("backend-systems-developer");
        htmlRenderer = new HtmlRenderer();
        pdfExporter = new PdfExporter(htmlRenderer);
    }

    @Benchmark
    public String seedToHtml() {
        return htmlRenderer.render(seed, RenderOptions.DEFAULT);
    }

    @Benchmark
    public int seedToPdfWarm() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        pdfExporter.export(seed, RenderOptions.DEFAULT, out);
        return out.size();
    }
}
