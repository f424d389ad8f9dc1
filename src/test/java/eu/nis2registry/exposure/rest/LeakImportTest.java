package eu.nis2registry.exposure.rest;

import eu.nis2registry.support.Api;
import eu.nis2registry.support.SecretScan;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class LeakImportTest {

    private static final Path SAMPLE = Path.of("src/test/resources/leaks/sample.ulp.txt");
    private static final Path EXPECTED = Path.of("src/test/resources/leaks/sample.expected.json");

    @Test
    void importsTheSampleExactlyAndRecognisesItAgain() throws IOException {
        JsonPath expected = JsonPath.from(EXPECTED.toFile());
        long medireg = LeakFixtures.supplierWithDomain("MediReg sample", "medireg.example");
        long itserv = LeakFixtures.supplierWithDomain("ITServ sample", "itserv.example");
        Api.User ciso = Api.user(List.of("CISO"), List.of(), true);

        JsonPath first = LeakFixtures.importAndWait(ciso.token(), Files.readAllBytes(SAMPLE), "ULP", "STEALER_LOG");
        assertThat(first.getString("status")).isEqualTo("COMPLETED");
        for (String counter : List.of("linesRead", "accepted", "duplicates", "unmatched", "rejected", "skipped")) {
            assertThat(first.getLong(counter)).as(counter).isEqualTo(expected.getLong(counter));
        }
        assertThat(first.getDouble("progress")).isEqualTo(1.0);
        assertThat(first.getList("rejects")).hasSize(expected.getInt("rejected"));
        assertThat(first.getList("rejects.reason", String.class)).allSatisfy(reason ->
                assertThat(reason).doesNotContain("portal.medireg", "loginonly", "nohost", "xxxxxxxx"));
        Map<Long, Long> bySupplier = Map.of(medireg, expected.getLong("bySupplierDomain.'medireg.example'"),
                itserv, expected.getLong("bySupplierDomain.'itserv.example'"));
        bySupplier.forEach((supplier, count) -> assertThat(first.getLong(
                "matchedSuppliers.find { it.supplierId == " + supplier + " }.observations")).isEqualTo(count));

        as(ciso.token()).get("/api/suppliers/" + itserv + "/exposure").then().statusCode(200)
                .body("observations", equalTo(expected.getInt("bySupplierDomain.'itserv.example'")))
                .body("privileged", equalTo(expected.getInt("privilegedByDomain.'itserv.example'")));
        as(ciso.token()).get("/api/suppliers/" + medireg + "/exposure").then().statusCode(200)
                .body("privileged", equalTo(expected.getInt("privilegedByDomain.'medireg.example'")))
                .body("samples.size()", equalTo(10))
                .body("samples.maskedLogin", everyItem(containsString("***")));

        JsonPath again = LeakFixtures.importAndWait(ciso.token(), Files.readAllBytes(SAMPLE), "ULP", "STEALER_LOG");
        assertThat(again.getLong("accepted")).isZero();
        assertThat(again.getLong("duplicates")).isEqualTo(first.getLong("accepted") + first.getLong("duplicates"));
        assertThat(again.getLong("linesRead")).isEqualTo(first.getLong("linesRead"));

        SecretScan.assertNowhere(expected.getString("plantPassword"), expected.getString("plantLogin"));
    }

    @Test
    void emptyFileCompletesWithZeroCounts() {
        Api.User ciso = Api.user(List.of("CISO"), List.of(), true);
        JsonPath job = LeakFixtures.importAndWait(ciso.token(), new byte[0], "ULP", "COMBOLIST");
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        assertThat(job.getLong("linesRead")).isZero();
        assertThat(job.getLong("accepted")).isZero();
    }

    @Test
    void binaryFileCompletesWithEveryLineCounted() {
        Api.User ciso = Api.user(List.of("CISO"), List.of(), true);
        byte[] noise = new byte[200_000];
        new Random(42).nextBytes(noise);
        JsonPath job = LeakFixtures.importAndWait(ciso.token(), noise, "JSONL", "BREACH");
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        assertThat(job.getLong("linesRead")).isPositive().isEqualTo(job.getLong("accepted") + job.getLong("duplicates")
                + job.getLong("unmatched") + job.getLong("rejected") + job.getLong("skipped"));
        assertThat(job.getLong("rejected")).isPositive();
    }

    @Test
    void csvWithoutRequiredColumnFailsBeforeAnythingIsQueued() {
        Api.User ciso = Api.user(List.of("CISO"), List.of(), true);
        int before = as(ciso.token()).get("/api/leak-imports").then().statusCode(200).extract().jsonPath().getList("$").size();
        as(ciso.token()).contentType("text/csv").body("url,login\nhttps://a.example/,bob\n")
                .post("/api/leak-imports?format=CSV&source=test&kind=COMBOLIST")
                .then().statusCode(422).body("details[0].message", org.hamcrest.Matchers.containsString("password"));
        assertThat(as(ciso.token()).get("/api/leak-imports").then().extract().jsonPath().getList("$")).hasSize(before);
    }

    @Test
    void unknownFormatAndMissingParametersAreNamed() {
        Api.User ciso = Api.user(List.of("CISO"), List.of(), true);
        as(ciso.token()).contentType("text/plain").body("a:b:c\n").post("/api/leak-imports?format=XML&kind=NOPE")
                .then().statusCode(400)
                .body("details.field", hasItem("format")).body("details.field", hasItem("kind"))
                .body("details.field", hasItem("source"));
    }

    @Test
    void onlyCisoAndAdminImport() {
        long org = Api.createOrganization(Api.unique("Leak org"), Api.unique("lo") + ".example");
        Api.User auditor = Api.user("AUDITOR", List.of(org));
        Api.User officer = Api.user("COMPLIANCE_OFFICER", List.of(org));
        for (Api.User user : List.of(auditor, officer)) {
            as(user.token()).contentType("text/plain").body("a.example:b:c\n")
                    .post("/api/leak-imports?format=ULP&source=x&kind=COMBOLIST").then().statusCode(403);
        }
        Api.anonymous().contentType("text/plain").body("a.example:b:c\n")
                .post("/api/leak-imports?format=ULP&source=x&kind=COMBOLIST").then().statusCode(401);
    }

    @Test
    void importOfAnotherOrganizationIsNotFound() {
        long orgA = Api.createOrganization(Api.unique("Org A"), Api.unique("oa") + ".example");
        long orgB = Api.createOrganization(Api.unique("Org B"), Api.unique("ob") + ".example");
        Api.User cisoA = Api.user("CISO", List.of(orgA));
        Api.User cisoB = Api.user("CISO", List.of(orgB));
        JsonPath job = LeakFixtures.importAndWait(cisoA.token(), "x.example:u:p\n".getBytes(), "ULP", "COMBOLIST");
        assertThat(job.getLong("organizationId")).isEqualTo(orgA);
        as(cisoB.token()).get("/api/leak-imports/" + job.getLong("id")).then().statusCode(404);
        as(cisoA.token()).get("/api/leak-imports/" + job.getLong("id")).then().statusCode(200);
    }
}
