package app.postwright.cli;

import app.postwright.template.TemplateInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;

/** {@code postwright templates}: lists the template catalog. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "List the templates: built-in ones first, then your own.")
final class TemplatesCommand implements Runnable {
    private final Services services;

    @Spec
    private CommandSpec spec;

    TemplatesCommand(Services services) {
        this.services = services;
    }

    @Override
    public void run() {
        List<TemplateInfo> templates = services.templates().list();
        int width = templates.stream().mapToInt(t -> t.id().length()).max().orElse(0);
        PrintWriter out = spec.commandLine().getOut();
        for (TemplateInfo template : templates) {
            String origin = template.builtIn() ? "" : " (yours)";
            out.printf("%-" + width + "s  %s%s — %s%n", template.id(), template.name(), origin,
                    template.description());
        }
    }
}
