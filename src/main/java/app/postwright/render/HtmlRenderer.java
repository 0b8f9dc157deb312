package app.postwright.render;

import app.postwright.model.HowToApply;
import app.postwright.model.Posting;
import app.postwright.model.PostingDetails;
import app.postwright.model.Section;

import java.util.List;
import java.util.stream.Stream;

/**
 * Posting → one standalone HTML5 document (inline CSS, no external requests). The editor's preview shows exactly
 * this string and the PDF exporter renders it, so there is one renderer for every output. Thread-safe.
 *
 * <p>The output is also well-formed XML (void elements self-closed, only XML's five entities), because
 * openhtmltopdf parses it as XHTML. A Content-Security-Policy forbids every script, so even a bug in escaping
 * could not run code in a browser or the preview. The only script element is the schema.org JobPosting data block
 * (JSON-LD, never executed) that job search engines read; its JSON is escaped so user text cannot close it.
 */
public final class HtmlRenderer {
    /** No scripts, no plug-ins, no external requests; styles inline; images only embedded (data:) ones. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'none'";

    private final InlineMarkdown markdown;
    private final PostingSummary summary;
    private final ThemeStyles styles;
    private final JobPostingLd jobPostingLd;

    public HtmlRenderer() {
        markdown = new InlineMarkdown();
        summary = new PostingSummary(markdown);
        styles = new ThemeStyles();
        jobPostingLd = new JobPostingLd();
    }

    /** Renders the visible sections of {@code posting} as a complete HTML document. */
    public String render(Posting posting, RenderOptions options) {
        return render(posting, options, true);
    }

    /**
     * The same document without the schema.org data block, for the PDF: search engines read that block from a web
     * page, a PDF shows nothing of it, and building it took a twentieth of a PDF's rendering time.
     */
    String renderForPrint(Posting posting, RenderOptions options) {
        return render(posting, options, false);
    }

    private String render(Posting posting, RenderOptions options, boolean structuredData) {
        PostingDetails details = posting.details();
        DocumentLanguage language = DocumentLanguage.of(details.language());
        String description = HtmlText.escape(summary.description(posting));
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append('"')
                .append(language.rightToLeft() ? " dir=\"rtl\"" : "").append(">\n<head>\n")
                .append("<meta charset=\"utf-8\" />\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY)
                .append("\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(HtmlText.escape(summary.documentTitle(posting))).append("</title>\n")
                .append("<meta name=\"description\" content=\"").append(description).append("\" />\n")
                .append("<meta name=\"subject\" content=\"").append(description).append("\" />\n");
        String company = details.company().name().strip();
        if (!company.isEmpty()) {
            html.append("<meta name=\"author\" content=\"").append(HtmlText.escape(company)).append("\" />\n");
        }
        html.append("<meta name=\"generator\" content=\"Postwright\" />\n")
                .append("<style>\n").append(styles.css(options, language.rightToLeft())).append("\n</style>\n");
        if (structuredData) {
            html.append(jobPostingLd.toScriptElement(posting)).append('\n');
        }
        html.append("</head>\n<body class=\"theme-").append(options.theme().id()).append("\">\n")
                .append("<article class=\"posting\">\n");
        SectionBodies bodies = new SectionBodies(markdown, language.rightToLeft());
        header(html, details, bodies, language.rightToLeft());
        html.append("<div class=\"posting-body\">\n");
        glance(html, details, language.rightToLeft());
        List<Section> sections = posting.sections();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (section.visible()) {
                section(html, i, section, bodies);
            }
        }
        apply(html, details.howToApply(), bodies);
        html.append("</div>\n</article>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html, PostingDetails details, SectionBodies bodies, boolean rtl) {
        html.append("<header class=\"posting-header\">\n");
        String company = details.company().name().strip();
        if (!company.isEmpty()) {
            html.append("<p class=\"company\"").append(TextDirection.attribute(company, rtl)).append('>')
                    .append(HtmlText.escape(company)).append("</p>\n");
        }
        html.append(bodies.block("h1", details.title().isBlank() ? PostingSummary.UNTITLED : details.title()));
        String tagline = String.join(" · ", Stream.of(details.department().strip(),
                details.location().display(),
                details.workplaceType() == null ? "" : details.workplaceType().label(),
                details.employmentType() == null ? "" : details.employmentType().label())
                .filter(part -> !part.isEmpty()).toList());
        if (!tagline.isEmpty()) {
            html.append("<p class=\"tagline\"").append(TextDirection.attribute(tagline, rtl)).append('>')
                    .append(HtmlText.escape(tagline)).append("</p>\n");
        }
        html.append("</header>\n");
    }

    private static void glance(StringBuilder html, PostingDetails details, boolean rtl) {
        List<GlanceFacts.Fact> facts = GlanceFacts.of(details);
        if (facts.isEmpty()) {
            return;
        }
        html.append("<section class=\"glance\" aria-labelledby=\"glance-heading\">\n")
                .append("<h2 id=\"glance-heading\">At a glance</h2>\n<dl>\n");
        // No white space between the facts: they are inline blocks, and a space would push the third off its row.
        for (GlanceFacts.Fact fact : facts) {
            html.append("<div class=\"fact\"><dt>").append(fact.label()).append("</dt><dd")
                    .append(TextDirection.attribute(fact.text(), rtl)).append('>').append(fact.html())
                    .append("</dd></div>");
        }
        html.append("\n</dl>\n</section>\n");
    }

    private static void section(StringBuilder html, int index, Section section, SectionBodies bodies) {
        html.append("<section id=\"section-").append(index).append("\" class=\"section\">\n");
        if (!section.heading().isBlank()) {
            html.append(bodies.block("h2", section.heading()));
        }
        html.append(section.accept(bodies)).append("</section>\n");
    }

    private static void apply(StringBuilder html, HowToApply apply, SectionBodies bodies) {
        if (apply.isEmpty()) {
            return;
        }
        html.append("<section id=\"apply\" class=\"apply\">\n<h2>How to apply</h2>\n")
                .append(bodies.paragraphs(apply.instructions()));
        String url = WebAddress.normalise(apply.url());
        String mailto = "mailto:" + apply.email();
        boolean urlAllowed = LinkPolicy.allows(url);
        boolean emailAllowed = !apply.email().isEmpty() && LinkPolicy.allows(mailto);
        if (urlAllowed || emailAllowed) {
            html.append("<p class=\"apply-actions\">");
            if (urlAllowed) {
                html.append(HtmlLink.open(url, "Apply online: " + url, "apply-button")).append("Apply online</a>");
            }
            if (emailAllowed) {
                html.append(urlAllowed ? " " : "")
                        .append(HtmlLink.open(mailto, "Email " + apply.email(), "apply-email"))
                        .append(HtmlText.escape(apply.email())).append("</a>");
            }
            html.append("</p>\n");
        }
        // The address in words too, for readers of the printed page and for addresses no link may carry.
        if (!apply.url().isEmpty()) {
            html.append("<p class=\"apply-address\">").append(HtmlText.escape(apply.url())).append("</p>\n");
        }
        if (!apply.email().isEmpty() && !emailAllowed) {
            html.append("<p class=\"apply-address\">").append(HtmlText.escape(apply.email())).append("</p>\n");
        }
        html.append("</section>\n");
    }
}
