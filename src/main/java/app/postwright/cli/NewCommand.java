package app.postwright.cli;

import app.postwright.model.Posting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code postwright new --template ID -o FILE}: starts a draft from a template. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a new draft from a template.")
final class NewCommand implements Runnable {
    private final Services services;

    @Option(names = {"-t", "--template"}, defaultValue = "blank",
            description = "Template id (see 'postwright templates'). Default: ${DEFAULT-VALUE}.")
    private String templateId;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The draft file to write (.json).")
    private Path output;

    @Option(names = {"-f", "--force"}, description = "Replace the output file if it exists.")
    private boolean force;

    NewCommand(Services services) {
        this.services = services;
    }

    @Override
    public void run() {
        Posting posting = services.templates().load(templateId);
        if (!force) {
            OutputPaths.refuseExisting(output);
        }
        services.draftCodec().save(posting, output);
    }
}
