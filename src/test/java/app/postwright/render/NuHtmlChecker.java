package app.postwright.render;

import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.BasicConfigurator;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The W3C Nu HTML Checker (vnu, {@code nu.validator:validator} in test scope) run in-process with the schema and
 * checks of {@code vnu.jar} on an HTML file: the same "html5-all" schema plus the assertion, table, text-content
 * and other checkers. Schemas come from the jar's local entity cache and external entities are never loaded, so no
 * check touches the network. Language detection is off: it only ever warns and it is slow to start.
 * Setting up the schema takes a few seconds, so a test class builds one checker and reuses it.
 */
final class NuHtmlChecker {
    /** The schema {@code vnu.jar} uses for text/html input. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    NuHtmlChecker() throws Exception {
        quietLog4j();
        // vnu's own log4j set-up would log at DEBUG; URLs are never logged; no language detection.
        validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, collector);
        if (!collector.errors.isEmpty()) {
            throw new IllegalStateException("The Nu checker's schema did not load: " + collector.errors);
        }
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    /** The checker's verdict on one document: messages as "line:column: text". */
    record Report(List<String> errors, List<String> warnings) {
        String describe() {
            return "Nu HTML Checker errors:\n  " + String.join("\n  ", errors)
                    + (warnings.isEmpty() ? "" : "\nwarnings:\n  " + String.join("\n  ", warnings));
        }
    }

    /** Checks {@code html} as a UTF-8 text/html document; one document at a time (the validator is stateful). */
    synchronized Report check(String html) throws Exception {
        collector.clear();
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        validator.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(bytes)));
        return new Report(List.copyOf(collector.errors), List.copyOf(collector.warnings));
    }

    /** vnu logs through log4j 1.2, which only it uses here: warnings to the console instead of "no appenders". */
    private static synchronized void quietLog4j() {
        Logger root = Logger.getRootLogger();
        if (!root.getAllAppenders().hasMoreElements()) {
            BasicConfigurator.configure();
            root.setLevel(Level.WARN);
        }
    }

    /** Keeps every message; the checker reports fatal parse errors to {@link #fatalError} and then stops. */
    private static final class Collector implements ErrorHandler {
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        void clear() {
            errors.clear();
            warnings.clear();
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(format(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(format(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add("fatal: " + format(e));
        }

        private static String format(SAXParseException e) {
            return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }
}
