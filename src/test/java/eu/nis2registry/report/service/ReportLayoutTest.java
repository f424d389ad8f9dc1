package eu.nis2registry.report.service;

import eu.nis2registry.report.Pdfs;
import eu.nis2registry.report.ReportMessages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The three layouts on sample data, without Quarkus: what the pages say, how many there are, that they render. */
class ReportLayoutTest {

    private static final ReportMessages EN = StandaloneMessages.of("en");

    @Test
    void auditOf500QuestionsShowsEveryQuestionAndNumbersEveryPage() {
        AuditReport data = SampleReports.audit(500, "en");
        ReportLayout.Rendered rendered = AuditReportLayout.render(data, EN);

        List<String> pages = Pdfs.pageTexts(rendered.pdf());
        assertThat(rendered.pages()).isEqualTo(pages.size()).isGreaterThan(40);
        assertPageNumbers(pages, "Page %d of %d");
        String text = String.join(" ", pages);
        for (int i = 1; i <= 500; i++) {
            assertThat(text).contains(SampleReports.questionId(i) + " \u00b7 References:");
        }
        assertThat(text).contains("Supplier audit report", "MediReg", "Executive summary", "Knock-out failed",
                "answer 499).", "Sign-off", "Received by (auditor)", "Report 42");
        data.evidence().forEach(e -> assertThat(text).contains(e.sha256()));
        assertThat(Pdfs.png(rendered.pdf(), pages.size() - 1)).isNotEmpty();
    }

    @Test
    void auditCoverSaysNotProvidedForMissingFactsAndWarnsWhenNotApproved() {
        AuditReport approved = SampleReports.audit(3, "en");
        AuditReport submitted = new AuditReport(approved.header(), approved.organization(), approved.coverFacts(),
                approved.organizationFacts(), approved.supplier(), null, approved.engagementFacts(),
                approved.questionnaireFacts(), approved.auditFacts(), "submitted, awaiting review", false, null, null,
                List.of(), approved.sections(), List.of(), List.of(), approved.exposureFigures(), List.of(), List.of(),
                approved.signatures());

        String cover = Pdfs.pageTexts(AuditReportLayout.render(submitted, EN).pdf()).get(0);
        String text = Pdfs.text(AuditReportLayout.render(submitted, EN).pdf());

        assertThat(cover).contains("This audit is not approved", "The audit is submitted, awaiting review",
                "Reviewed not provided", "MediReg \u2014 not provided");
        assertThat(text).contains("Country not provided", "Reviewer's comment not provided");
        assertThat(text).contains("No risk score is available", "No findings.", "No evidence was attached.");
        assertThat(Pdfs.text(AuditReportLayout.render(approved, EN).pdf())).doesNotContain("This audit is not approved");
    }

    @Test
    void registerOf2000EngagementsListsEveryRowWithItsHeaderOnEveryPage() {
        OrganizationReport data = SampleReports.organization(2000, "en");
        ReportLayout.Rendered rendered = OrganizationReportLayout.render(data, EN);

        List<String> pages = Pdfs.pageTexts(rendered.pdf());
        assertThat(rendered.pages()).isEqualTo(pages.size()).isGreaterThan(60);
        assertPageNumbers(pages, "Page %d of %d");
        String text = String.join(" ", pages);
        for (int i = 0; i < 2000; i++) {
            assertThat(text).contains("Online patient registration portal " + i + " ");
        }
        // every page of the register repeats its column headers
        long registerPages = pages.stream().filter(p -> p.contains("Online patient registration portal")).count();
        assertThat(pages.stream().filter(p -> p.contains("Online patient registration portal"))
                .allMatch(p -> p.contains("Last audit") && p.contains("Next due"))).isTrue();
        assertThat(registerPages).isGreaterThan(50);
        assertThat(text).contains("Risk matrix: criticality of the service x risk tier", "Criticality of the service \u2192",
                "Tier distribution of the engagements", "Direct suppliers and service providers");
        assertThat(Pdfs.png(rendered.pdf(), 1)).isNotEmpty();
    }

    @Test
    void exposureShowsChartSamplesBlastRadiusAndActions() {
        ReportLayout.Rendered rendered = ExposureReportLayout.render(SampleReports.exposure("en"), EN);
        String text = Pdfs.text(rendered.pdf());
        assertThat(text).contains("Supplier leak exposure report", "Credential observations by month of compromise",
                "p***1@azhospital-a.example", "MediReg \u2192 CloudHost", "What each organisation must do now",
                "Notify the CSIRT", "Data scope AZ Scheldeland, AZ Kempenhof");
        assertPageNumbers(Pdfs.pageTexts(rendered.pdf()), "Page %d of %d");
        assertThat(Pdfs.png(rendered.pdf(), 1)).isNotEmpty();
    }

    @Test
    void exposureWithoutAnyDataStillRenders() {
        ExposureReport full = SampleReports.exposure("en");
        ExposureReport empty = new ExposureReport(full.header(), "Quiet Supplier BV", List.of(), full.scope(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        String text = Pdfs.text(ExposureReportLayout.render(empty, EN).pdf());
        assertThat(text).contains("Quiet Supplier BV", "No data.",
                "No organisation within the scope of this report depends on this supplier.")
                .doesNotContain("What each organisation must do now");
    }

    @Test
    void metadataNamesTitleAuthorSubjectAndCreationDate() throws Exception {
        byte[] pdf = ExposureReportLayout.render(SampleReports.exposure("en"), EN).pdf();
        try (PDDocument doc = Pdfs.open(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Supplier leak exposure report");
            assertThat(info.getAuthor()).isEqualTo("auditor.hospitals");
            assertThat(info.getSubject()).isEqualTo("Credential leak exposure of MediReg and its blast radius");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(SampleReports.CREATED);
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void sameDataGivesSameBytes() {
        AuditReport data = SampleReports.audit(30, "en");
        assertThat(AuditReportLayout.render(data, EN).pdf()).isEqualTo(AuditReportLayout.render(data, EN).pdf());
    }

    @Test
    void dutchAndFrenchEditionsUseTheirWordsAndPageNumbers() {
        String nl = Pdfs.text(AuditReportLayout.render(SampleReports.audit(5, "nl"), StandaloneMessages.of("nl")).pdf());
        String fr = Pdfs.text(AuditReportLayout.render(SampleReports.audit(5, "fr"), StandaloneMessages.of("fr")).pdf());
        assertThat(nl).contains("Auditrapport leverancier", "Vragen en antwoorden", "Pagina 1 van", "Ondertekening");
        assertThat(fr).contains("Rapport d'audit fournisseur", "Questions et réponses", "Page 1 sur", "Signatures");
    }

    /** Every page ends its text with "Page i of n" (in the report's words), numbered 1..n. */
    static void assertPageNumbers(List<String> pages, String format) {
        Pattern pattern = Pattern.compile(format.replace("%d", "(\\d+)"));
        for (int i = 0; i < pages.size(); i++) {
            Matcher matcher = pattern.matcher(pages.get(i));
            assertThat(matcher.find()).as("page %d has a page number", i + 1).isTrue();
            assertThat(String.format(format, i + 1, pages.size())).isEqualTo(matcher.group());
        }
    }
}
