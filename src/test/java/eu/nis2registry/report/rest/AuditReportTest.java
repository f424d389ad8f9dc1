package eu.nis2registry.report.rest;

import eu.nis2registry.common.crypto.Hashes;
import eu.nis2registry.report.Pdfs;
import eu.nis2registry.report.rest.ReportFixtures.Story;
import eu.nis2registry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class AuditReportTest {

    private static final Path ARCHIVE = Path.of("target/test-reports");

    @Test
    void auditorMakesAnAuditReportThatShowsEveryAnswerAndIsArchivedByItsHash() throws Exception {
        Story story = ReportFixtures.story(Api.unique("AZ Scheldeland"), "MediReg " + Api.unique("nv"));
        long audit = ReportFixtures.audit(story, "post-leak", true);
        JsonPath view = as(story.officer().token()).get("/api/audits/" + audit).then().statusCode(200).extract().jsonPath();

        JsonPath created = ReportFixtures.create(story.auditor().token(), Map.of("kind", "AUDIT", "auditId", audit));
        long id = created.getLong("id");
        String sha256 = created.getString("sha256");
        assertThat(created.getString("kind")).isEqualTo("AUDIT");
        assertThat(created.getString("downloadUrl")).isEqualTo("/api/reports/" + id + "/pdf");
        assertThat(Instant.parse(created.getString("createdAt"))).isBeforeOrEqualTo(Instant.now());

        byte[] pdf = ReportFixtures.pdf(story.auditor().token(), id);
        assertThat(pdf).hasSize(created.getInt("size"));
        assertThat(Hashes.sha256Hex(pdf)).isEqualTo(sha256);
        Path archived = ARCHIVE.resolve(id + "-" + sha256 + ".pdf");
        assertThat(archived).exists();
        assertThat(Files.readAllBytes(archived)).isEqualTo(pdf);

        List<String> pages = Pdfs.pageTexts(pdf);
        assertThat(created.getInt("pages")).isEqualTo(pages.size());
        ReportFixtures.assertPageNumbers(pages, "Page %d of %d");
        String text = String.join(" ", pages);
        String evidenceSha = view.getString("evidence[0].sha256");
        assertThat(text).contains("Supplier audit report", story.organizationName(), story.supplierName(),
                "Patient registration", "Post-leak questionnaire", "post-leak, version 1", view.getString("questionnaireSha256"),
                story.officer().username(), story.ciso().username(), "Report " + id,
                "Have all exposed passwords been changed", "All 214 accounts reset on 2026-10-03",
                "password-reset-log.txt", evidenceSha, "Knock-out failed", "One knock-out question failed",
                ReportFixtures.FAILED_KNOCK_OUT, "IR 2024/2690 11.6.2(c)", "Infected laptop of a support technician",
                "Executive summary", "Risk factors", "Findings", "Leak exposure of the supplier", "Sign-off",
                "Received by (auditor)", "four-eyes review");
        assertThat(text).contains("Knock-out failed: Have you informed every affected customer organisation");
        assertThat(Pdfs.png(pdf, 0)).isNotEmpty();
        assertThat(Pdfs.png(pdf, pages.size() - 1)).isNotEmpty();

        try (PDDocument doc = Pdfs.open(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Supplier audit report");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo(story.auditor().username());
            assertThat(doc.getDocumentInformation().getSubject()).contains(story.supplierName(), story.organizationName());
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse(created.getString("createdAt")));
        }

        as(story.auditor().token()).get("/api/reports/" + id).then().statusCode(200)
                .body("sha256", equalTo(sha256)).body("auditId", equalTo((int) audit))
                .body("organizationIds", equalTo(List.of((int) story.organization()))).body("sectorWide", equalTo(false));
        as(story.auditor().token()).get("/api/reports?organizationId=" + story.organization()).then().statusCode(200)
                .body("id", hasItem((int) id));
    }

    @Test
    void verifyTellsArchivedBytesFromAlteredOnesAndATamperedArchiveIsNotServed() throws Exception {
        Story story = ReportFixtures.story(Api.unique("AZ Kempenhof"), Api.unique("ITServ"));
        long audit = ReportFixtures.audit(story, "post-leak", true);
        JsonPath created = ReportFixtures.create(story.ciso().token(), Map.of("kind", "AUDIT", "auditId", audit));
        long id = created.getLong("id");
        byte[] pdf = ReportFixtures.pdf(story.auditor().token(), id);

        as(story.auditor().token()).contentType("application/pdf").body(pdf).post("/api/reports/verify")
                .then().statusCode(200).body("matches", equalTo(true)).body("reportId", equalTo((int) id));
        byte[] altered = pdf.clone();
        altered[altered.length / 2] ^= 1;
        as(story.auditor().token()).contentType("application/pdf").body(altered).post("/api/reports/verify")
                .then().statusCode(200).body("matches", equalTo(false)).body("$", not(org.hamcrest.Matchers.hasKey("reportId")));
        as(story.auditor().token()).contentType("application/pdf").body(new byte[0]).post("/api/reports/verify")
                .then().statusCode(422).body("details.field", hasItem("body"));

        Path archived = ARCHIVE.resolve(id + "-" + created.getString("sha256") + ".pdf");
        Files.write(archived, altered);
        as(story.auditor().token()).accept("application/pdf").get("/api/reports/" + id + "/pdf")
                .then().statusCode(409).contentType("application/json").body("error", equalTo("report_file_altered"));
        Files.delete(archived);
        as(story.auditor().token()).accept("application/pdf").get("/api/reports/" + id + "/pdf")
                .then().statusCode(410).body("error", equalTo("report_file_missing"));
        // the bytes received long ago still match the record
        as(story.auditor().token()).contentType("application/pdf").body(pdf).post("/api/reports/verify")
                .then().statusCode(200).body("matches", equalTo(true));
    }

    @Test
    void draftIsConflictAndOtherOrganisationsAuditIsNotFound() {
        Story story = ReportFixtures.story(Api.unique("AZ Draft"), Api.unique("Draft supplier"));
        long draft = ReportFixtures.draft(story, "post-leak");
        as(story.auditor().token()).body(Map.of("kind", "AUDIT", "auditId", draft)).post("/api/reports")
                .then().statusCode(409).body("error", equalTo("audit_draft"));

        Story other = ReportFixtures.story(Api.unique("AZ Other"), Api.unique("Other supplier"));
        long foreign = ReportFixtures.audit(other, "post-leak", false);
        as(story.auditor().token()).body(Map.of("kind", "AUDIT", "auditId", foreign)).post("/api/reports")
                .then().statusCode(404);
        as(story.auditor().token()).body(Map.of("kind", "AUDIT", "auditId", 987_654_321L)).post("/api/reports")
                .then().statusCode(404);

        long theirs = ReportFixtures.create(other.auditor().token(), Map.of("kind", "AUDIT", "auditId", foreign)).getLong("id");
        as(story.auditor().token()).get("/api/reports/" + theirs).then().statusCode(404);
        as(story.auditor().token()).get("/api/reports/" + theirs + "/pdf").then().statusCode(404);
        as(story.auditor().token()).get("/api/reports").then().statusCode(200).body("id", not(hasItem((int) theirs)));
        as(story.auditor().token()).get("/api/reports?organizationId=" + other.organization()).then().statusCode(404);
    }

    @Test
    void submittedAuditIsReportedAsWorkInProgressWithMissingFactsNotProvided() {
        Story story = ReportFixtures.story(Api.unique("AZ Submitted"), Api.unique("Submitted supplier"));
        long audit = ReportFixtures.audit(story, "post-leak", false);
        long id = ReportFixtures.create(story.auditor().token(), Map.of("kind", "AUDIT", "auditId", audit)).getLong("id");
        String text = Pdfs.text(ReportFixtures.pdf(story.auditor().token(), id));
        assertThat(text).contains("This audit is not approved", "submitted, awaiting review",
                "Enterprise number not provided", "Country not provided", "Reviewed not provided",
                "awaits review by a second person");
    }

    @Test
    void dutchAndFrenchAuditsAreReportedInTheirQuestionnairesLanguage() {
        Story dutch = ReportFixtures.story(Api.unique("Ziekenhuis Maasvallei"), Api.unique("MediReg"));
        long nlAudit = ReportFixtures.audit(dutch, "post-leak-nl", true);
        JsonPath nl = ReportFixtures.create(dutch.auditor().token(), Map.of("kind", "AUDIT", "auditId", nlAudit));
        assertThat(nl.getString("language")).isEqualTo("nl");
        List<String> nlPages = Pdfs.pageTexts(ReportFixtures.pdf(dutch.auditor().token(), nl.getLong("id")));
        ReportFixtures.assertPageNumbers(nlPages, "Pagina %d van %d");
        assertThat(String.join(" ", nlPages)).contains("Auditrapport leverancier", "Samenvatting", "Vragen en antwoorden",
                "Zijn alle blootgestelde wachtwoorden gewijzigd", "Knock-out mislukt", "Bevindingen", "Ondertekening",
                "Vragenlijst na een lek van aanmeldgegevens", "vierogenprincipe");

        Story french = ReportFixtures.story(Api.unique("Clinique Saint-Lambert"), Api.unique("MediReg"));
        long frAudit = ReportFixtures.audit(french, "post-leak-fr", true);
        JsonPath fr = ReportFixtures.create(french.auditor().token(),
                Map.of("kind", "AUDIT", "auditId", frAudit, "language", "en"));
        assertThat(fr.getString("language")).isEqualTo("fr");
        List<String> frPages = Pdfs.pageTexts(ReportFixtures.pdf(french.auditor().token(), fr.getLong("id")));
        ReportFixtures.assertPageNumbers(frPages, "Page %d sur %d");
        assertThat(String.join(" ", frPages)).contains("Rapport d'audit fournisseur", "Synthèse", "Questions et réponses",
                "Éliminatoire échouée", "Constats", "Signatures", "principe des quatre yeux");
    }

    @Test
    void badRequestsNameEveryProblem() {
        Story story = ReportFixtures.story(Api.unique("AZ Bad"), Api.unique("Bad supplier"));
        String token = story.auditor().token();
        as(token).body(Map.of("kind", "INVOICE")).post("/api/reports").then().statusCode(422)
                .body("details.field", hasItem("kind"));
        as(token).body(Map.of("organizationId", story.organization())).post("/api/reports").then().statusCode(422)
                .body("details.field", hasItem("kind"));
        as(token).body(Map.of("kind", "AUDIT", "supplierId", story.supplier(), "language", "de")).post("/api/reports").then()
                .statusCode(422).body("details.field", hasItem("auditId")).body("details.field", hasItem("supplierId"))
                .body("details.field", hasItem("language"));
        as(token).body(Map.of("kind", "ORGANIZATION")).post("/api/reports").then().statusCode(422)
                .body("details[0].field", equalTo("organizationId"));
        as(token).body(Map.of("kind", "SUPPLIER_EXPOSURE")).post("/api/reports").then().statusCode(422)
                .body("details[0].field", equalTo("supplierId"));
        as(token).body(Map.of("kind", "SUPPLIER_EXPOSURE", "supplierId", 987_654_321L)).post("/api/reports").then()
                .statusCode(404);
        // A record out of reach answers 404 before anything is said about the rest of the request.
        long otherOrganization = Api.createOrganization(Api.unique("AZ Elsewhere"));
        as(token).body(Map.of("kind", "AUDIT", "organizationId", otherOrganization)).post("/api/reports").then()
                .statusCode(404);
        Api.anonymous().body(Map.of("kind", "AUDIT", "auditId", 1)).post("/api/reports").then().statusCode(401);
        as(token).contentType("application/pdf").body(new byte[21 * 1024 * 1024]).post("/api/reports/verify")
                .then().statusCode(413);
    }
}
