package app.postwright.cli;

import app.postwright.draft.DraftCodec;
import app.postwright.importer.PostingImporter;
import app.postwright.render.HtmlRenderer;
import app.postwright.render.MarkdownWriter;
import app.postwright.template.TemplateCatalog;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process with user templates in a test folder, capturing output and exit code. */
final class CliRunner {
    private final Services services;

    CliRunner(Path userTemplates) {
        services = new Services(new DraftCodec(), new PostingImporter(), new HtmlRenderer(), new MarkdownWriter(),
                () -> new TemplateCatalog(userTemplates));
    }

    record Result(int exitCode, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PostwrightCommand.run(args, services, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
