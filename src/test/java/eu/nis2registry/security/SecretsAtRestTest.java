package eu.nis2registry.security;

import eu.nis2registry.exposure.rest.LeakFixtures;
import eu.nis2registry.security.totp.Base32;
import eu.nis2registry.support.Api;
import eu.nis2registry.support.SecretScan;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The brief: "no plaintext password or full login is ever stored", and the admin must not be able to read
 * leaked secrets. After a leak import of the shared sample and after users log in, enrol two-factor, change
 * and mistype passwords, no secret may be found in any column of any table, the data folder, the report
 * archive or the log.
 */
@QuarkusTest
class SecretsAtRestTest {

    private static final Path SAMPLE = Path.of("src/test/resources/leaks/sample.ulp.txt");
    private static final Path EXPECTED = Path.of("src/test/resources/leaks/sample.expected.json");

    @Test
    void leakedCredentialsPasswordsTotpSecretsAndTokensAreNowhereInClear() throws IOException {
        JsonPath expected = JsonPath.from(EXPECTED.toFile());
        LeakFixtures.supplierWithDomain("MediReg sample", "medireg.example");
        LeakFixtures.supplierWithDomain("ITServ sample", "itserv.example");
        String admin = Api.admin();
        Api.User ciso = Api.user(List.of("CISO"), List.of(), true);
        long org = Api.createOrganization(Api.unique("AZ Secrets"), Api.unique("sec") + ".example");
        Api.User officer = Api.user("COMPLIANCE_OFFICER", List.of(org));
        byte[] officerTotp = enrolOfOwnAccord(officer);

        JsonPath job = LeakFixtures.importAndWait(ciso.token(), Files.readAllBytes(SAMPLE), "ULP", "STEALER_LOG");
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        assertThat(job.getLong("accepted") + job.getLong("duplicates"))
                .as("the sample's matched lines were recorded (now or by an earlier test)")
                .isEqualTo(expected.getLong("accepted") + expected.getLong("duplicates"));

        String changedPassword = "Changed-" + UUID.randomUUID();
        as(admin).body(Map.of("password", changedPassword)).put("/api/users/" + officer.id() + "/password")
                .then().statusCode(204);
        String mistyped = "Mistyped-" + UUID.randomUUID();
        Api.fromNewAddress().body(Map.of("username", officer.username(), "password", mistyped))
                .post("/api/auth/token").then().statusCode(401);
        Api.fromNewAddress().body(Map.of("username", ciso.username(), "password", Api.PASSWORD, "otp", "000000"))
                .post("/api/auth/token").then().statusCode(401);

        List<String> secrets = new ArrayList<>(List.of(expected.getString("plantPassword"), expected.getString("plantLogin"),
                Api.PASSWORD, Api.ADMIN_PASSWORD, changedPassword, mistyped, ciso.token(), admin));
        for (byte[] totp : List.of(Api.totpSecret("admin"), Api.totpSecret(ciso.username()), officerTotp)) {
            assertThat(totp).as("a TOTP secret of an enrolled user").isNotNull();
            secrets.add(Base32.encode(totp));
            // Binary columns read back as hex: a secret stored raw would show up so.
            secrets.add(HexFormat.of().formatHex(totp));
        }
        SecretScan.assertNowhere(secrets.toArray(String[]::new));
    }

    /** A compliance officer is not obliged to use two-factor but may: their secret must be sealed as well. */
    private static byte[] enrolOfOwnAccord(Api.User user) {
        String secret = as(user.token()).post("/api/me/totp").then().statusCode(200).extract().jsonPath().getString("secret");
        byte[] key = Base32.decode(secret);
        as(user.token()).body(Map.of("otp", Api.currentCode(key))).post("/api/me/totp/confirm").then().statusCode(204);
        return key;
    }
}
