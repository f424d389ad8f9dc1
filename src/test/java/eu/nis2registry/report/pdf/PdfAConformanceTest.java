package eu.nis2registry.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The XMP metadata claims PDF/A-2u; veraPDF checks that the claim holds. */
public class PdfAConformanceTest {

    @BeforeAll
    public static void initialiseValidator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void auditDocumentIsPdfA2u() throws Exception {
        assertThat(violations(SampleDocuments.audit(15))).isEmpty();
    }

    @Test
    void chartsTablesAndPlaceholderGlyphsArePdfA2u() throws Exception {
        assertThat(violations(SampleWriter.charts())).isEmpty();
    }

    /** The PDF/A-2u rules the document breaks, as clause-test: message; empty when it conforms. */
    public static List<String> violations(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            assertThat(parser.getFlavour()).isEqualTo(PDFAFlavour.PDFA_2_U);
            PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false);
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .toList();
        }
    }
}
