package eu.nis2registry.report.service;

import eu.nis2registry.report.ReportMessages;
import eu.nis2registry.report.pdf.PdfAConformanceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports are kept for years: each kind, in each language, passes veraPDF's PDF/A-2u checks. */
class ReportsPdfATest {

    @BeforeAll
    static void initialiseValidator() {
        PdfAConformanceTest.initialiseValidator();
    }

    @Test
    void auditReportIsPdfA2u() throws Exception {
        ReportMessages nl = StandaloneMessages.of("nl");
        assertThat(PdfAConformanceTest.violations(AuditReportLayout.render(SampleReports.audit(12, "nl"), nl).pdf()))
                .isEmpty();
    }

    @Test
    void organizationReportIsPdfA2u() throws Exception {
        ReportMessages en = StandaloneMessages.of("en");
        assertThat(PdfAConformanceTest.violations(OrganizationReportLayout.render(SampleReports.organization(40, "en"),
                en).pdf())).isEmpty();
    }

    @Test
    void exposureReportIsPdfA2u() throws Exception {
        ReportMessages fr = StandaloneMessages.of("fr");
        assertThat(PdfAConformanceTest.violations(ExposureReportLayout.render(SampleReports.exposure("fr"), fr).pdf()))
                .isEmpty();
    }
}
