package eu.nis2registry.security.rest;

import eu.nis2registry.security.totp.Base32;
import eu.nis2registry.security.totp.Totp;
import eu.nis2registry.support.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.PASSWORD;
import static eu.nis2registry.support.Api.admin;
import static eu.nis2registry.support.Api.anonymous;
import static eu.nis2registry.support.Api.as;
import static eu.nis2registry.support.Api.error;
import static eu.nis2registry.support.Api.fromNewAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class MeResourceTest {

    @TestHTTPResource("/")
    URI base;

    @ParameterizedTest
    @ValueSource(strings = {"ADMIN", "CISO"})
    void aUserWhoMustEnrolGetsATokenGoodForEnrolmentOnly(String role) {
        long org = Api.createOrganization(Api.unique("AZ Enrol"));
        long supplier = Api.createSupplier(Api.unique("Enrol Supplier"));
        String token = loginWithoutEnrolling(newUser(role, List.of(org)));

        as(token).get("/api/organizations").then().spec(error(403, "enrolment_required"));
        as(token).get("/api/organizations/" + org).then().spec(error(403, "enrolment_required"));
        as(token).get("/api/suppliers").then().spec(error(403, "enrolment_required"));
        as(token).get("/api/suppliers/" + supplier).then().spec(error(403, "enrolment_required"));
        as(token).get("/api/me").then().spec(error(403, "enrolment_required"));
        as(token).get("/api/users").then().spec(error(403, "enrolment_required"));
        as(token).get("/api/organizations/" + org + "/engagements").then().spec(error(403, "enrolment_required"));
        as(token).get("/api/inventory/export").then().spec(error(403, "enrolment_required"));
        as(token).body(Map.of("name", Api.unique("Sneaky"), "domains", List.of())).post("/api/suppliers")
                .then().spec(error(403, "enrolment_required"));
        as(token).body(Map.of("name", Api.unique("Sneaky"), "sector", "Health", "nis2Category", "NONE"))
                .post("/api/organizations").then().spec(error(403, "enrolment_required"));
        as(token).body(Map.of("subcontractorId", supplier)).post("/api/suppliers/" + supplier + "/subcontractors")
                .then().spec(error(403, "enrolment_required"));
    }

    @Test
    void anEnrolmentOnlyTokenCannotEscapeThroughTheEnrolmentPath() throws Exception {
        String token = loginWithoutEnrolling(newUser("CISO", List.of()));
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("api/me/totp/../../organizations", "api/me/totp/%2E%2E/%2E%2E/organizations",
                "api/me/totp%2F..%2F..%2Forganizations", "api//me/totp/../../organizations", "api/me/totp/../../me")) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                            URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isIn(400, 403, 404);
            assertThat(answer.body()).as(path).doesNotContain("\"id\"").doesNotContain("username");
        }
    }

    @Test
    void enrolmentGivesABase32SecretAndItsOtpauthUri() {
        String username = newUser("CISO", List.of());
        String token = loginWithoutEnrolling(username);

        JsonPath enrolment = as(token).post("/api/me/totp").then().statusCode(200).extract().jsonPath();

        String secret = enrolment.getString("secret");
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Base32.decode(secret)).hasSize(20);
        assertThat(enrolment.getString("otpauthUri")).startsWith("otpauth://totp/")
                .contains(username).contains("secret=" + secret);
    }

    @Test
    void confirmingWithAWrongCodeIsRefusedAndTheTokenStaysEnrolmentOnly() {
        String token = loginWithoutEnrolling(newUser("CISO", List.of()));
        byte[] secret = Base32.decode(as(token).post("/api/me/totp").then().statusCode(200).extract().path("secret"));

        as(token).body(Map.of("otp", AuthResourceTest.wrongCode(secret))).post("/api/me/totp/confirm")
                .then().statusCode(422).body("error", equalTo("invalid_otp"));

        as(token).get("/api/organizations").then().spec(error(403, "enrolment_required"));
    }

    @Test
    void confirmingWithTheRightCodeUpgradesTheToken() {
        String username = newUser("CISO", List.of());
        String token = loginWithoutEnrolling(username);
        byte[] secret = Base32.decode(as(token).post("/api/me/totp").then().statusCode(200).extract().path("secret"));

        as(token).body(Map.of("otp", currentCode(secret))).post("/api/me/totp/confirm").then().statusCode(204);

        as(token).get("/api/organizations").then().statusCode(200);
        as(token).get("/api/me").then().statusCode(200)
                .body("username", equalTo(username)).body("totpEnabled", equalTo(true));
        // From now on the password alone is not enough.
        fromNewAddress().body(AuthResourceTest.credentials(username, PASSWORD)).post("/api/auth/token")
                .then().spec(error(401, "otp_required"));
        fromNewAddress().body(AuthResourceTest.credentials(username, PASSWORD, AuthResourceTest.nextCode(secret)))
                .post("/api/auth/token").then().statusCode(200);
    }

    @Test
    void theCodeThatConfirmedEnrolmentCannotBeUsedToLogIn() {
        String username = newUser("CISO", List.of());
        String token = loginWithoutEnrolling(username);
        byte[] secret = Base32.decode(as(token).post("/api/me/totp").then().statusCode(200).extract().path("secret"));
        String code = currentCode(secret);
        as(token).body(Map.of("otp", code)).post("/api/me/totp/confirm").then().statusCode(204);

        fromNewAddress().body(AuthResourceTest.credentials(username, PASSWORD, code)).post("/api/auth/token")
                .then().spec(error(401, "otp_required"));
    }

    @Test
    void confirmingBeforeStartingIsAConflict() {
        String token = loginWithoutEnrolling(newUser("CISO", List.of()));

        as(token).body(Map.of("otp", "123456")).post("/api/me/totp/confirm").then().spec(error(409, "totp_not_started"));
    }

    @Test
    void anEnrolledUserCannotStartAgain() {
        Api.User ciso = Api.user("CISO", List.of());

        as(ciso.token()).post("/api/me/totp").then().spec(error(409, "totp_enrolled"));
    }

    @Test
    void confirmingWithoutACodeNamesTheField() {
        String token = loginWithoutEnrolling(newUser("CISO", List.of()));
        as(token).post("/api/me/totp").then().statusCode(200);

        as(token).body(Map.of()).post("/api/me/totp/confirm").then().spec(error(422, "validation_failed"))
                .body("details[0].field", equalTo("otp"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AUDITOR", "COMPLIANCE_OFFICER"})
    void aUserWhomPolicyDoesNotRequireToEnrolNeedsNoSecondFactor(String role) {
        String token = loginWithoutEnrolling(newUser(role, List.of()));

        as(token).get("/api/organizations").then().statusCode(200);
        as(token).get("/api/me").then().statusCode(200)
                .body("totpEnabled", equalTo(false)).body("totpRequired", equalTo(false));
    }

    @Test
    void anAuditorMayStillEnrolTwoFactorForItself() {
        String username = newUser("AUDITOR", List.of());
        String token = loginWithoutEnrolling(username);
        byte[] secret = Base32.decode(as(token).post("/api/me/totp").then().statusCode(200).extract().path("secret"));

        as(token).body(Map.of("otp", currentCode(secret))).post("/api/me/totp/confirm").then().statusCode(204);

        fromNewAddress().body(AuthResourceTest.credentials(username, PASSWORD)).post("/api/auth/token")
                .then().spec(error(401, "otp_required"));
    }

    @Test
    void enrolmentNeedsAToken() {
        anonymous().post("/api/me/totp").then().spec(error(401, "unauthorized"));
        anonymous().body(Map.of("otp", "123456")).post("/api/me/totp/confirm").then().spec(error(401, "unauthorized"));
        as("not-a-token").post("/api/me/totp").then().spec(error(401, "unauthorized"));
        anonymous().get("/api/me").then().spec(error(401, "unauthorized"));
    }

    private static String newUser(String role, List<Long> organizationIds) {
        String username = Api.unique(role.toLowerCase().replace('_', '-'));
        as(admin()).body(Map.of("username", username, "password", PASSWORD, "roles", List.of(role),
                "organizationIds", organizationIds, "allOrganizations", false)).post("/api/users").then().statusCode(201);
        return username;
    }

    private static String loginWithoutEnrolling(String username) {
        return anonymousLogin(username).then().statusCode(200).extract().path("token");
    }

    private static io.restassured.response.Response anonymousLogin(String username) {
        return anonymous().body(AuthResourceTest.credentials(username, PASSWORD)).post("/api/auth/token");
    }

    private static String currentCode(byte[] secret) {
        return Totp.standard().code(secret, Totp.stepOf(Instant.now()));
    }
}
