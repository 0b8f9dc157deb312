package app.postwright.cli;

import app.postwright.model.Posting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** {@code postwright import FILE -o FILE}: turns Markdown, plain text or HTML into a draft. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a Markdown, plain-text or HTML posting into a draft.")
final class ImportCommand implements Runnable {
    private final Services services;

    @Parameters(paramLabel = "FILE", description = "The file to import (.md, .markdown, .txt, .html).")
    private Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The draft file to write (.json).")
    private Path output;

    @Option(names = {"-f", "--force"}, description = "Replace the output file if it exists.")
    private boolean force;

    ImportCommand(Services services) {
        this.services = services;
    }

    @Override
    public void run() {
        Posting posting = services.importer().importFile(input);
        if (!force) {
            OutputPaths.refuseExisting(output);
        }
        services.draftCodec().save(posting, output);
    }
}
