package app.postwright.render;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;

/** PDF/UA-1 validation through veraPDF's library, the same rules as {@code verapdf --flavour ua1}. */
final class PdfUaValidator {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUaValidator() {
    }

    /** The failed checks of {@code pdf} as "rule: message" lines; empty when it is PDF/UA-1 compliant. */
    static List<String> failures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId() + ": " + assertion.getMessage())
                    .distinct()
                    .toList();
            return result.isCompliant() ? List.of() : failures.isEmpty() ? List.of("not compliant") : failures;
        }
    }
}
