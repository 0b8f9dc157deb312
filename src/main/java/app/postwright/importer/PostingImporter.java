package app.postwright.importer;

import app.postwright.BadInputException;
import app.postwright.model.Posting;
import app.postwright.render.MarkdownEscaping;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Markdown, plain text or HTML → Posting. Thread-safe.
 *
 * <p>Markdown is read structurally (headings, lists, tables) and reads Postwright's own Markdown export back into
 * an equal posting. Plain text is read from line shapes; HTML goes through flexmark's html2md converter and the
 * Markdown reader; both are then tidied as pages copied from the web ({@link CopiedPageCleanup}).
 */
public final class PostingImporter {
    private final MarkdownBlocks markdown = new MarkdownBlocks();
    private final PlainTextBlocks plainText = new PlainTextBlocks();
    private final PostingAssembler assembler = new PostingAssembler();
    private final CopiedPageCleanup cleanup = new CopiedPageCleanup();
    private final FlexmarkHtmlConverter htmlConverter;

    public PostingImporter() {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        this.htmlConverter = FlexmarkHtmlConverter.builder(options).build();
    }

    /** Imports a file, choosing the reader by extension: .md/.markdown, .html/.htm, anything else as plain text. */
    public Posting importFile(Path file) {
        String text = readText(file);
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return importMarkdown(text);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return importHtml(text);
        }
        return importPlainText(text);
    }

    public Posting importMarkdown(String markdown) {
        return assembler.assemble(this.markdown.read(normaliseLineEnds(markdown)));
    }

    public Posting importPlainText(String text) {
        return cleanup.apply(assembler.assemble(plainText.read(normaliseLineEnds(text))));
    }

    /**
     * HTML is usually a saved job board or "job description" page, so it is tidied like plain text. html2md
     * backslash-escapes punctuation ("\\[Updated\\]"); the title and headings are plain text, so those go.
     */
    public Posting importHtml(String html) {
        Posting posting = importMarkdown(htmlConverter.convert(html));
        Posting plainHeadings = posting
                .withDetails(posting.details().withTitle(MarkdownEscaping.unescapePunctuation(
                        posting.details().title())))
                .withSections(posting.sections().stream()
                        .map(section -> section.withHeading(MarkdownEscaping.unescapePunctuation(section.heading())))
                        .toList());
        return cleanup.apply(plainHeadings);
    }

    /** Windows and old Mac line ends → "\n", and a leading byte order mark dropped. */
    private static String normaliseLineEnds(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The file as UTF-8 text; a missing, unreadable or binary file is bad input that names the file. */
    private static String readText(Path file) {
        if (!Files.exists(file)) {
            throw new BadInputException("Cannot import " + file + ": the file does not exist.");
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException("Cannot import " + file + ": it is a folder, not a file.");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("Cannot import " + file + ": the file cannot be read (" + e.getMessage()
                    + ").", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException("Cannot import " + file + ": it is not UTF-8 text.", e);
        }
        if (text.indexOf('\0') >= 0) {
            throw new BadInputException("Cannot import " + file + ": it is a binary file, not text.");
        }
        return text;
    }
}
