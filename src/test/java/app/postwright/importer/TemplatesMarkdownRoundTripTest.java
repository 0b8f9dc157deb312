package app.postwright.importer;

import app.postwright.model.Posting;
import app.postwright.render.MarkdownWriter;
import app.postwright.template.TemplateCatalog;
import app.postwright.template.TemplateInfo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every built-in template survives Markdown export and import (hidden sections are not exported). */
class TemplatesMarkdownRoundTripTest {
    @TempDir
    static Path userTemplates;

    static List<String> templateIds() {
        return new TemplateCatalog(userTemplates).list().stream().map(TemplateInfo::id).toList();
    }

    @ParameterizedTest
    @MethodSource("templateIds")
    void templateComesBackEqual(String id) {
        Posting template = new TemplateCatalog(userTemplates).load(id);
        // Markdown carries the posting, not draft bookkeeping: dismissed findings and unknown fields stay out.
        Posting exported = new Posting(template.details(), template.visibleSections(), List.of(), Map.of());

        String markdown = new MarkdownWriter().write(template);

        assertThat(new PostingImporter().importMarkdown(markdown)).as(markdown).isEqualTo(exported);
    }
}
