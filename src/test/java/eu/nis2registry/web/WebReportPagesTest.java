package eu.nis2registry.web;

import eu.nis2registry.common.crypto.Hashes;
import eu.nis2registry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The reports page: the archive in scope, making reports (auditors too), downloading and verifying them. */
@QuarkusTest
class WebReportPagesTest {

    private static final String EVIL = "<script>alert('x')</script> & \"Co\"";

    @Test
    void anAuditorLandsOnTheReportsMakesARegisterAndDownloadsTheFileWhoseHashIsShown() {
        WebFixture fixture = WebFixture.create();
        Api.User auditor = Api.user("AUDITOR", List.of(fixture.organization));
        WebClient browser = new WebClient();
        assertThat(WebClient.location(browser.signIn(auditor.username(), Api.PASSWORD))).isEqualTo("/ui");
        assertThat(WebClient.location(browser.get("/ui"))).isEqualTo("/ui/reports");
        String page = browser.open("/ui/reports").asString();
        assertThat(page).contains("id=\"register-form\"").contains("id=\"exposure-form\"").contains("id=\"verify-form\"");

        Response made = browser.post("/ui/reports", Map.of("kind", "ORGANIZATION",
                "organizationId", String.valueOf(fixture.organization), "language", "nl"));
        assertThat(made.statusCode()).isEqualTo(303);
        String location = WebClient.location(made);
        assertThat(location).matches("/ui/reports\\?created=\\d+");
        long id = Long.parseLong(location.substring(location.indexOf('=') + 1));
        String archive = browser.open(location).asString();
        assertThat(archive).contains("id=\"report-created\"").contains("Report #" + id + " generated and archived.");
        String row = WebClient.find(archive, "(<tr id=\"report-" + id + "\" class=\"highlight\">.*?</tr>)");
        String shown = WebClient.find(row, "<code class=\"hash\" data-sha256>([0-9a-f]{64})</code>");
        assertThat(row).contains("Supplier register").contains(">NL<").contains("href=\"/api/reports/" + id + "/pdf\" download");
        assertThat(shown).isEqualTo(as(auditor.token()).get("/api/reports/" + id).then().statusCode(200).extract().path("sha256"));

        // The link works with the session cookie alone, as a browser follows it.
        Response pdf = browser.get("/api/reports/" + id + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(Hashes.sha256Hex(pdf.asByteArray())).isEqualTo(shown);
    }

    @Test
    void anAuditReportIsMadeFromTheAuditPageOnceTheAuditIsNoLongerADraft() {
        WebFixture fixture = WebFixture.create();
        long submitted = fixture.draftAudit();
        WebClient officer = fixture.officerBrowser();
        assertThat(officer.open("/ui/audits/" + submitted).asString()).doesNotContain("id=\"audit-report\"");
        fixture.answerAll(submitted);
        as(fixture.officer.token()).post("/api/audits/" + submitted + "/submit").then().statusCode(200);
        long otherSupplier = Api.createSupplier(Api.unique("CloudHost"), Api.unique("cloud") + ".example");
        long otherEngagement = Api.createEngagement(fixture.officer.token(), fixture.organization, otherSupplier, "USER",
                List.of("PERSONAL"), "app." + Api.unique("c") + ".example");
        long draft = as(fixture.officer.token()).body(Map.of("questionnaireKey", "post-leak"))
                .post("/api/engagements/" + otherEngagement + "/audits").then().statusCode(201).extract().jsonPath().getLong("id");
        String auditPage = officer.open("/ui/audits/" + submitted).asString();
        assertThat(auditPage).contains("id=\"audit-report\"").contains("name=\"auditId\" value=\"" + submitted + "\"");
        Response made = officer.post("/ui/reports", Map.of("kind", "AUDIT", "auditId", String.valueOf(submitted)));
        assertThat(made.statusCode()).isEqualTo(303);
        long id = Long.parseLong(WebClient.location(made).replaceFirst(".*created=", ""));
        as(fixture.officer.token()).get("/api/reports/" + id).then().statusCode(200)
                .body("kind", org.hamcrest.Matchers.equalTo("AUDIT")).body("auditId", org.hamcrest.Matchers.equalTo((int) submitted));

        // A draft has nothing to report: the service's refusal is shown on the page, not as an error.
        officer.get("/ui/audits/" + submitted);
        Response refused = officer.post("/ui/reports", Map.of("kind", "AUDIT", "auditId", String.valueOf(draft)));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("id=\"form-errors\"").contains("id=\"reports\"");
        // Another organisation's audit does not exist here.
        WebFixture other = WebFixture.create();
        long foreign = other.submittedAudit();
        officer.get("/ui/reports");
        assertThat(officer.post("/ui/reports", Map.of("kind", "AUDIT", "auditId", String.valueOf(foreign))).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aFileIsVerifiedAgainstTheArchiveAndOnlyAVisibleReportIsNamed() {
        WebFixture fixture = WebFixture.create();
        long id = as(fixture.ciso.token()).body(Map.of("kind", "ORGANIZATION", "organizationId", fixture.organization))
                .post("/api/reports").then().statusCode(201).extract().jsonPath().getLong("id");
        byte[] pdf = as(fixture.ciso.token()).get("/api/reports/" + id + "/pdf").then().statusCode(200).extract().asByteArray();
        WebClient officer = fixture.officerBrowser();

        officer.get("/ui/reports");
        Response genuine = officer.postFile("/ui/reports/verify", "file", "register.pdf", pdf, officer.csrfToken());
        assertThat(genuine.statusCode()).isEqualTo(200);
        String result = WebClient.find(genuine.asString(), "(<div class=\"alert alert-ok\" role=\"status\"[^>]*id=\"verify-result\".*?</div>)");
        assertThat(result).contains("data-matches=\"true\"").contains("archived report #" + id + ", unchanged")
                .contains(Hashes.sha256Hex(pdf)).contains("register.pdf");

        byte[] altered = Arrays.copyOf(pdf, pdf.length);
        altered[altered.length / 2] ^= 1;
        Response changed = officer.postFile("/ui/reports/verify", "file", "register.pdf", altered, officer.csrfToken());
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.asString()).contains("data-matches=\"false\"").contains("Not verified");

        // Genuine but made for another organisation: the officer learns only that it is genuine.
        WebFixture other = WebFixture.create();
        long foreign = as(other.ciso.token()).body(Map.of("kind", "ORGANIZATION", "organizationId", other.organization))
                .post("/api/reports").then().statusCode(201).extract().jsonPath().getLong("id");
        byte[] foreignPdf = as(other.ciso.token()).get("/api/reports/" + foreign + "/pdf").then().extract().asByteArray();
        String hidden = officer.postFile("/ui/reports/verify", "file", "other.pdf", foreignPdf, officer.csrfToken()).asString();
        assertThat(hidden).contains("data-matches=\"true\"").contains("holds data outside your scope")
                .doesNotContain("#" + foreign).doesNotContain("id=\"report-" + foreign + "\"");

        Response empty = officer.postFile("/ui/reports/verify", "file", "empty.pdf", new byte[0], officer.csrfToken());
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.asString()).contains("id=\"file-error\"");
    }

    @Test
    void theFormsRefuseAMissingTokenAndBadChoicesAreShownAtTheirField() {
        WebFixture fixture = WebFixture.create();
        WebClient officer = fixture.officerBrowser();
        int before = as(fixture.officer.token()).get("/api/reports").then().extract().jsonPath().getList("id").size();
        officer.get("/ui/reports");
        assertRefused(officer.postWithToken("/ui/reports", Map.of("kind", "ORGANIZATION",
                "organizationId", String.valueOf(fixture.organization), "language", "en"), null));
        assertRefused(officer.postFile("/ui/reports/verify", "file", "x.pdf", "%PDF-1.7".getBytes(), null));
        assertThat(as(fixture.officer.token()).get("/api/reports").then().extract().jsonPath().getList("id")).hasSize(before);

        officer.get("/ui/reports");
        Response noSupplier = officer.post("/ui/reports", Map.of("kind", "SUPPLIER_EXPOSURE", "supplierId", "", "language", "fr"));
        assertThat(noSupplier.statusCode()).isEqualTo(422);
        String html = noSupplier.asString();
        assertThat(WebClient.find(html, "id=\"supplierId-error\">(.*?)</p>")).contains("required");
        assertThat(html).contains("<option value=\"fr\" selected>");
        Response badLanguage = officer.post("/ui/reports", Map.of("kind", "ORGANIZATION",
                "organizationId", String.valueOf(fixture.organization), "language", "de"));
        assertThat(badLanguage.statusCode()).isEqualTo(422);
        assertThat(badLanguage.asString()).contains("must be en, nl or fr");
    }

    @Test
    void theArchiveListsOnlyReportsOfTheOrganisationsInScopeAndEscapesTheirSubjects() {
        WebFixture fixture = WebFixture.withSupplierName(EVIL);
        long mine = as(fixture.ciso.token()).body(Map.of("kind", "SUPPLIER_EXPOSURE", "supplierId", fixture.supplier))
                .post("/api/reports").then().statusCode(201).extract().jsonPath().getLong("id");
        WebFixture other = WebFixture.create();
        long theirs = as(other.ciso.token()).body(Map.of("kind", "ORGANIZATION", "organizationId", other.organization))
                .post("/api/reports").then().statusCode(201).extract().jsonPath().getLong("id");
        WebClient officer = fixture.officerBrowser();
        String html = officer.open("/ui/reports").asString();
        assertThat(html).contains("id=\"report-" + mine + "\"").doesNotContain("id=\"report-" + theirs + "\"")
                .contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
        assertThat(officer.get("/api/reports/" + theirs + "/pdf").statusCode()).isEqualTo(404);
        // The supplier page leads to the exposure form with the supplier chosen.
        assertThat(officer.open("/ui/suppliers/" + fixture.supplier).asString())
                .contains("href=\"/ui/reports?supplier=" + fixture.supplier + "#exposure-form\"");
        assertThat(officer.open("/ui/reports?supplier=" + fixture.supplier).asString())
                .contains("<option value=\"" + fixture.supplier + "\" selected>");
    }

    private static void assertRefused(Response refused) {
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.asString()).contains("This form has expired");
    }
}
