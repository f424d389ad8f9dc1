package eu.nis2registry.audit.rest;

import eu.nis2registry.audit.rest.AuditFixtures.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Evidence files: accepted by what their bytes are, stored by SHA-256, served back unchanged inside scope only. */
@QuarkusTest
class EvidenceTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
            + "0000000d4944415478da63f8cfc0f01f0005000201a2fdd7e10000000049454e44ae426082");
    static final byte[] TEXT = "Restore test of 12 May: all 14 databases restored in 3 h 20.\n".getBytes(StandardCharsets.UTF_8);
    /** The start of a Windows executable: no evidence type has these bytes. */
    static final byte[] EXECUTABLE = HexFormat.of().parseHex("4d5a90000300000004000000ffff0000b800000000000000400000000000");

    private static Response upload(String token, long audit, String questionId, String filename, byte[] bytes, String claimedType) {
        return AuditFixtures.multipart(as(token), questionId, filename, bytes, claimedType)
                .post("/api/audits/" + audit + "/evidence");
    }

    @Test
    void pdfPngAndTextAreAcceptedByTheirBytesAndComeBackUnchanged() throws Exception {
        Tenant t = AuditFixtures.tenant("AZ Files");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "post-leak");

        Map<String, Object[]> files = Map.of(
                "application/pdf", new Object[] {"certificate.pdf", PDF, "application/octet-stream"},
                "image/png", new Object[] {"screenshot.png", PNG, "application/octet-stream"},
                "text/plain", new Object[] {"restore-test.txt", TEXT, "application/pdf"});
        for (Map.Entry<String, Object[]> file : files.entrySet()) {
            byte[] bytes = (byte[]) file.getValue()[1];
            JsonPath stored = upload(t.officer().token(), audit, "leak-backups-restore-tested", (String) file.getValue()[0],
                    bytes, (String) file.getValue()[2]).then().statusCode(201).extract().jsonPath();
            String sha256 = sha256(bytes);
            assertThat(stored.getString("sha256")).isEqualTo(sha256);
            assertThat(stored.getString("filename")).isEqualTo(file.getValue()[0]);
            assertThat(stored.getLong("size")).isEqualTo(bytes.length);
            assertThat(stored.getString("contentType")).isEqualTo(file.getKey());

            Response download = as(t.ciso().token()).get("/api/audits/" + audit + "/evidence/" + stored.getLong("id"));
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.contentType()).startsWith(file.getKey());
            assertThat(sha256(download.asByteArray())).isEqualTo(sha256);
        }
        JsonPath view = AuditFixtures.audit(t.officer().token(), audit);
        assertThat(view.getList("evidence.questionId")).containsOnly("leak-backups-restore-tested").hasSize(3);
        assertThat(view.getList("evidence.uploadedBy")).containsOnly(t.officer().username());
    }

    @Test
    void aFileOfNoAllowedTypeAnEmptyFileAndAnUnknownQuestionAreRefused() {
        Tenant t = AuditFixtures.tenant("AZ Bad Files");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "post-leak");

        upload(t.officer().token(), audit, "leak-mfa", "certificate.pdf", EXECUTABLE, "application/pdf")
                .then().statusCode(415).body("error", equalTo("unsupported_evidence_type"));
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        upload(t.officer().token(), audit, "leak-mfa", "notes.txt", binary, "text/plain").then().statusCode(415);
        upload(t.officer().token(), audit, "leak-mfa", "empty.pdf", new byte[0], "application/pdf")
                .then().statusCode(422).body("details.field", hasItem("file"));
        upload(t.officer().token(), audit, "no-such-question", "certificate.pdf", PDF, "application/pdf")
                .then().statusCode(422).body("details.questionId", hasItem("no-such-question"));
        AuditFixtures.multipart(as(t.officer().token()), null, "certificate.pdf", PDF, "application/pdf")
                .post("/api/audits/" + audit + "/evidence").then().statusCode(422).body("details.field", hasItem("questionId"));

        assertThat(AuditFixtures.audit(t.officer().token(), audit).getList("evidence")).isEmpty();
    }

    @Test
    void evidenceOfAQuestionThatDoesNotApplyIsRefused() {
        Tenant t = AuditFixtures.tenant("AZ Evidence Scope");
        long engagement = AuditFixtures.engagement(t, "NONE", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "nis2-supplier-security");
        upload(t.officer().token(), audit, "priv-remote-access", "procedure.pdf", PDF, "application/pdf")
                .then().statusCode(422).body("details.questionId", hasItem("priv-remote-access"));
    }

    @Test
    void aFileIsServedOnlyUnderItsOwnAuditAndItsNameIsMadeSafe() throws Exception {
        Tenant t = AuditFixtures.tenant("AZ Evidence Path");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "post-leak");
        long other = AuditFixtures.start(t.officer().token(), engagement, "post-leak-nl");

        JsonPath named = upload(t.officer().token(), audit, "leak-mfa", "Attestation été 2026.pdf", PDF,
                "application/pdf").then().statusCode(201).extract().jsonPath();
        assertThat(named.getString("filename")).isEqualTo("Attestation été 2026.pdf");
        long chinese = upload(t.officer().token(), audit, "leak-mfa", "证书.pdf", PDF, "application/pdf")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        for (long id : List.of(named.getLong("id"), chinese)) {
            Response download = as(t.officer().token()).get("/api/audits/" + audit + "/evidence/" + id);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(sha256(download.asByteArray())).isEqualTo(sha256(PDF));
        }
        JsonPath stored = upload(t.officer().token(), audit, "leak-mfa", "../../etc/passwd.pdf", PDF,
                "application/pdf").then().statusCode(201).extract().jsonPath();
        assertThat(stored.getString("filename")).isEqualTo("passwd.pdf");
        long id = stored.getLong("id");
        Response download = as(t.officer().token()).get("/api/audits/" + audit + "/evidence/" + id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        assertThat(sha256(download.asByteArray())).isEqualTo(sha256(PDF));

        String wrongAudit = as(t.officer().token()).get("/api/audits/" + other + "/evidence/" + id).then().statusCode(404)
                .extract().asString();
        String unknown = as(t.officer().token()).get("/api/audits/" + other + "/evidence/" + Long.MAX_VALUE).then()
                .statusCode(404).extract().asString();
        assertThat(wrongAudit).isEqualTo(unknown);
        as(t.officer().token()).delete("/api/audits/" + other + "/evidence/" + id).then().statusCode(404);
        as(t.officer().token()).get("/api/audits/" + audit + "/evidence/" + id).then().statusCode(200);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
