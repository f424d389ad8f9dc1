package eu.nis2registry.report.rest;

import eu.nis2registry.exposure.rest.LeakFixtures;
import eu.nis2registry.report.Pdfs;
import eu.nis2registry.support.Api;
import eu.nis2registry.support.SecretScan;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * SUPPLIER_EXPOSURE reports on the leak sample of the exposure tests. The sample's supplier domains are given a
 * prefix of this test's own: the exposure tests count every observation of medireg.example and itserv.example,
 * and observations are recognised again across imports, so this test keeps to suppliers of its own.
 */
@QuarkusTest
class ExposureReportTest {

    private static final Path SAMPLE = Path.of("src/test/resources/leaks/sample.ulp.txt");
    private static final Path EXPECTED = Path.of("src/test/resources/leaks/sample.expected.json");
    private static final String QUERY_SECRET = "SECRETQUERY123";

    @Test
    void exposureReportHoldsMaskedLoginsOnlyAndNoneOfThePlantedSecrets() throws Exception {
        JsonPath expected = JsonPath.from(EXPECTED.toFile());
        String prefix = Api.unique("rpt").toLowerCase(Locale.ROOT);
        String medireg = prefix + "-medireg.example";
        long supplier = LeakFixtures.supplierWithDomain("MediReg " + prefix, medireg);
        long organization = Api.createOrganization("AZ Scheldeland " + prefix, prefix + "-az.example");
        Api.User officer = Api.user("COMPLIANCE_OFFICER", List.of(organization));
        Api.User auditor = Api.user("AUDITOR", List.of(organization));
        long engagement = Api.createEngagement(officer.token(), organization, supplier, "USER", List.of("HEALTH", "PERSONAL"),
                "portal." + medireg);
        Api.User sector = Api.user(List.of("CISO"), List.of(), true);
        // Latin-1 keeps the sample's deliberately broken bytes as they are; only the ASCII domains change
        String sample = Files.readString(SAMPLE, StandardCharsets.ISO_8859_1)
                .replaceAll("(?i)medireg\\.example", medireg).replaceAll("(?i)itserv\\.example", prefix + "-itserv.example");
        JsonPath job = LeakFixtures.importAndWait(sector.token(), sample.getBytes(StandardCharsets.ISO_8859_1), "ULP",
                "STEALER_LOG");
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        // the longer domain may push a line of the sample over a length limit: count what was imported
        long observations = as(sector.token()).get("/api/suppliers/" + supplier + "/exposure").then().statusCode(200)
                .extract().jsonPath().getLong("observations");
        assertThat(observations).isGreaterThan(10);

        JsonPath local = ReportFixtures.create(auditor.token(), Map.of("kind", "SUPPLIER_EXPOSURE", "supplierId", supplier));
        assertThat(local.getBoolean("sectorWide")).isFalse();
        assertThat(local.getList("organizationIds", Long.class)).containsExactly(organization);
        byte[] pdf = ReportFixtures.pdf(auditor.token(), local.getLong("id"));
        List<String> pages = Pdfs.pageTexts(pdf);
        ReportFixtures.assertPageNumbers(pages, "Page %d of %d");
        String text = String.join(" ", pages);
        assertThat(text).contains("Supplier leak exposure report", "MediReg " + prefix,
                "Credential observations by month of compromise", "By kind of leak", "infostealer log", "Masked samples",
                "Blast radius", "AZ Scheldeland " + prefix,
                "What each organisation must do now", "Scan your network for intrusions",
                "The registry holds " + observations + " credential observations for MediReg " + prefix);
        assertThat(text).containsPattern("\\S\\*\\*\\*\\S?@(mail|azhospital-[ab])\\.example");
        assertThat(text).as("report text").doesNotContain(expected.getString("plantPassword"),
                expected.getString("plantLogin"), "planted.person.11", QUERY_SECRET, "Adm1n!", "Rd#2026", "Zomer2024!");
        try (PDDocument doc = Pdfs.open(pdf)) {
            String metadata = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8)
                    + doc.getDocumentInformation().getCOSObject().toString();
            assertThat(metadata).doesNotContain(expected.getString("plantPassword"), "planted.person.11", QUERY_SECRET);
        }
        assertThat(Pdfs.png(pdf, 1)).isNotEmpty();

        long audit = approvedAudit(officer, organization, engagement);
        long auditReport = ReportFixtures.create(auditor.token(), Map.of("kind", "AUDIT", "auditId", audit)).getLong("id");
        String auditText = Pdfs.text(ReportFixtures.pdf(auditor.token(), auditReport));
        assertThat(auditText).contains("Leak monitoring holds " + observations + " credential observations")
                .doesNotContain(expected.getString("plantPassword"), "planted.person.11", QUERY_SECRET);

        SecretScan.assertNowhere(expected.getString("plantPassword"), expected.getString("plantLogin"), QUERY_SECRET);
    }

    @Test
    void sectorWideReportIsHiddenFromSingleOrganisationUsersButStillVerifies() {
        long supplier = Api.createSupplier(Api.unique("RemoteDesk"), Api.unique("rd") + ".example");
        long organization = Api.createOrganization(Api.unique("Stad Voorbeeldstad"), Api.unique("sv") + ".example");
        Api.User officer = Api.user("COMPLIANCE_OFFICER", List.of(organization));
        Api.createEngagement(officer.token(), organization, supplier, "PRIVILEGED", List.of("CREDENTIALS"));
        Api.User sector = Api.user(List.of("CISO"), List.of(), true);
        Api.User local = Api.user("AUDITOR", List.of(organization));

        JsonPath made = ReportFixtures.create(sector.token(), Map.of("kind", "SUPPLIER_EXPOSURE", "supplierId", supplier,
                "language", "nl"));
        long id = made.getLong("id");
        assertThat(made.getBoolean("sectorWide")).isTrue();
        assertThat(made.getList("organizationIds", Long.class)).contains(organization);
        byte[] pdf = ReportFixtures.pdf(sector.token(), id);
        List<String> pages = Pdfs.pageTexts(pdf);
        ReportFixtures.assertPageNumbers(pages, "Pagina %d van %d");
        assertThat(String.join(" ", pages)).contains("Blootstelling van een leverancier aan lekken",
                "alle organisaties (rapport voor de hele sector)", "Impactradius", "Wat elke organisatie nu moet doen");

        as(local.token()).get("/api/reports/" + id).then().statusCode(404);
        as(local.token()).get("/api/reports/" + id + "/pdf").then().statusCode(404);
        as(local.token()).get("/api/reports").then().statusCode(200).body("id", not(hasItem((int) id)));
        as(local.token()).get("/api/reports?organizationId=" + organization).then().statusCode(200)
                .body("id", not(hasItem((int) id)));
        as(local.token()).contentType("application/pdf").body(pdf).post("/api/reports/verify").then().statusCode(200)
                .body("matches", equalTo(true)).body("$", not(org.hamcrest.Matchers.hasKey("reportId")));
        as(Api.admin()).get("/api/reports?organizationId=" + organization).then().statusCode(200)
                .body("id", hasItem((int) id));

        JsonPath own = ReportFixtures.create(local.token(), Map.of("kind", "SUPPLIER_EXPOSURE", "supplierId", supplier));
        assertThat(own.getBoolean("sectorWide")).isFalse();
        as(local.token()).get("/api/reports/" + own.getLong("id")).then().statusCode(200);
    }

    private static long approvedAudit(Api.User officer, long organization, long engagement) {
        Api.User ciso = Api.user("CISO", List.of(organization));
        ReportFixtures.Story story = new ReportFixtures.Story(organization, 0, engagement, officer, ciso, null, null, null);
        return ReportFixtures.audit(story, "post-leak", true);
    }
}
