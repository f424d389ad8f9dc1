package eu.nis2registry.security.rest;

import eu.nis2registry.security.totp.Totp;
import eu.nis2registry.support.Api;
import eu.nis2registry.support.Api.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static eu.nis2registry.support.Api.PASSWORD;
import static eu.nis2registry.support.Api.as;
import static eu.nis2registry.support.Api.error;
import static eu.nis2registry.support.Api.fromNewAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

@QuarkusTest
class AuthResourceTest {

    @Test
    void issuesAWorkingTokenWithItsExpiryForTheRightPassword() {
        User auditor = Api.user("AUDITOR", List.of());

        Response answer = fromNewAddress().body(credentials(auditor.username(), PASSWORD)).post("/api/auth/token");

        answer.then().statusCode(200).body("token", not(emptyOrNullString()));
        OffsetDateTime expiresAt = OffsetDateTime.parse(answer.jsonPath().getString("expiresAt"));
        assertThat(expiresAt.toInstant()).isBetween(Instant.now(), Instant.now().plus(Duration.ofDays(2)));
        assertThat(answer.jsonPath().getString("token")).isNotEqualTo(auditor.token());
        as(answer.jsonPath().getString("token")).get("/api/me").then().statusCode(200)
                .body("username", equalTo(auditor.username()));
    }

    @Test
    void usernamesAreNotCaseSensitive() {
        User auditor = Api.user("AUDITOR", List.of());

        fromNewAddress().body(credentials(auditor.username().toUpperCase(), PASSWORD)).post("/api/auth/token")
                .then().statusCode(200);
    }

    @Test
    void refusesAWrongPasswordAsInvalidCredentials() {
        User auditor = Api.user("AUDITOR", List.of());

        fromNewAddress().body(credentials(auditor.username(), "wrong-password-123")).post("/api/auth/token")
                .then().spec(error(401, "invalid_credentials"));
    }

    @Test
    void answersAnUnknownUserExactlyLikeAWrongPassword() {
        User auditor = Api.user("AUDITOR", List.of());

        Response wrongPassword = fromNewAddress().body(credentials(auditor.username(), "wrong-password-123"))
                .post("/api/auth/token");
        Response unknownUser = fromNewAddress().body(credentials(Api.unique("nobody"), "wrong-password-123"))
                .post("/api/auth/token");

        unknownUser.then().spec(error(401, "invalid_credentials"));
        assertThat(unknownUser.asString()).isEqualTo(wrongPassword.asString());
    }

    @Test
    void asksAnEnrolledUserForTheOneTimeCode() {
        User ciso = Api.user("CISO", List.of());

        fromNewAddress().body(credentials(ciso.username(), PASSWORD)).post("/api/auth/token")
                .then().spec(error(401, "otp_required"));
    }

    @Test
    void refusesAWrongOneTimeCode() {
        User ciso = Api.user("CISO", List.of());
        byte[] secret = Api.totpSecret(ciso.username());

        fromNewAddress().body(credentials(ciso.username(), PASSWORD, wrongCode(secret))).post("/api/auth/token")
                .then().spec(error(401, "otp_required"));
    }

    @Test
    void refusesAWrongPasswordEvenWithTheRightCodeAndDoesNotUseTheCodeUp() {
        User ciso = Api.user("CISO", List.of());
        String code = nextCode(Api.totpSecret(ciso.username()));

        fromNewAddress().body(credentials(ciso.username(), "wrong-password-123", code)).post("/api/auth/token")
                .then().spec(error(401, "invalid_credentials"));
        fromNewAddress().body(credentials(ciso.username(), PASSWORD, code)).post("/api/auth/token")
                .then().statusCode(200);
    }

    @Test
    void acceptsTheRightCodeOnceOnly() {
        User ciso = Api.user("CISO", List.of());
        String code = nextCode(Api.totpSecret(ciso.username()));

        String token = fromNewAddress().body(credentials(ciso.username(), PASSWORD, code)).post("/api/auth/token")
                .then().statusCode(200).extract().jsonPath().getString("token");
        as(token).get("/api/organizations").then().statusCode(200);

        fromNewAddress().body(credentials(ciso.username(), PASSWORD, code)).post("/api/auth/token")
                .then().spec(error(401, "otp_required"));
    }

    @Test
    void locksTheAccountAfterFiveFailuresEvenForTheRightPassword() {
        User auditor = Api.user("AUDITOR", List.of());
        for (int i = 0; i < 5; i++) {
            fromNewAddress().body(credentials(auditor.username(), "wrong-password-" + i)).post("/api/auth/token")
                    .then().spec(error(401, "invalid_credentials"));
        }

        Response locked = fromNewAddress().body(credentials(auditor.username(), PASSWORD)).post("/api/auth/token");

        locked.then().spec(error(429, "too_many_attempts"));
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, Duration.ofMinutes(15).toSeconds());
        // Only that account is locked: its existing token and other users go on working.
        as(auditor.token()).get("/api/organizations").then().statusCode(200);
        User other = Api.user("AUDITOR", List.of());
        fromNewAddress().body(credentials(other.username(), PASSWORD)).post("/api/auth/token").then().statusCode(200);
    }

    @Test
    void countsOneTimeCodeFailuresTowardsTheLockout() {
        User ciso = Api.user("CISO", List.of());
        byte[] secret = Api.totpSecret(ciso.username());
        for (int i = 0; i < 5; i++) {
            fromNewAddress().body(credentials(ciso.username(), PASSWORD, wrongCode(secret))).post("/api/auth/token")
                    .then().spec(error(401, "otp_required"));
        }

        fromNewAddress().body(credentials(ciso.username(), PASSWORD, nextCode(secret))).post("/api/auth/token")
                .then().spec(error(429, "too_many_attempts"));
    }

    @Test
    void locksAClientAddressAfterTwentyFailuresWhateverTheUsernames() {
        String address = Api.newAddress();
        // Higher than the five of one account: a hospital's users may all come from one NAT address.
        for (int i = 0; i < 19; i++) {
            Api.anonymous().header("X-Forwarded-For", address)
                    .body(credentials(Api.unique("guess"), "wrong-password-123")).post("/api/auth/token")
                    .then().spec(error(401, "invalid_credentials"));
        }
        User auditor = Api.user("AUDITOR", List.of());
        Api.anonymous().header("X-Forwarded-For", address).body(credentials(auditor.username(), PASSWORD))
                .post("/api/auth/token").then().statusCode(200);
        for (int i = 0; i < 1; i++) {
            Api.anonymous().header("X-Forwarded-For", address)
                    .body(credentials(Api.unique("guess"), "wrong-password-123")).post("/api/auth/token")
                    .then().spec(error(401, "invalid_credentials"));
        }

        Api.anonymous().header("X-Forwarded-For", address).body(credentials(auditor.username(), PASSWORD))
                .post("/api/auth/token").then().spec(error(429, "too_many_attempts")).header("Retry-After", not(emptyOrNullString()));
        fromNewAddress().body(credentials(auditor.username(), PASSWORD)).post("/api/auth/token").then().statusCode(200);
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailuresOfTheAccount() {
        User auditor = Api.user("AUDITOR", List.of());
        for (int i = 0; i < 4; i++) {
            fromNewAddress().body(credentials(auditor.username(), "wrong-password-" + i)).post("/api/auth/token")
                    .then().statusCode(401);
        }
        fromNewAddress().body(credentials(auditor.username(), PASSWORD)).post("/api/auth/token").then().statusCode(200);

        fromNewAddress().body(credentials(auditor.username(), "wrong-password-x")).post("/api/auth/token")
                .then().spec(error(401, "invalid_credentials"));
        fromNewAddress().body(credentials(auditor.username(), PASSWORD)).post("/api/auth/token").then().statusCode(200);
    }

    @Test
    void namesEveryMissingFieldOfATokenRequest() {
        Response answer = fromNewAddress().body(Map.of()).post("/api/auth/token");

        answer.then().spec(error(422, "validation_failed"));
        assertThat(answer.jsonPath().getList("details.field", String.class)).contains("username", "password");
    }

    @Test
    void refusesMalformedJson() {
        fromNewAddress().body("{\"username\": \"admin\", ").post("/api/auth/token")
                .then().spec(error(400, "malformed_json"));
    }

    @Test
    void neverEchoesThePasswordInAnError() {
        String password = "sekrit-" + Api.unique("pw");
        Stream.of(credentials(Api.unique("nobody"), password), Map.of("username", "x", "password", password, "otp", 123456))
                .forEach(body -> {
                    Response answer = fromNewAddress().body(body).post("/api/auth/token");
                    assertThat(answer.statusCode()).isIn(400, 401, 422);
                    assertThat(answer.asString()).doesNotContain(password);
                });
    }

    static Map<String, Object> credentials(String username, String password) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", password);
        return body;
    }

    static Map<String, Object> credentials(String username, String password, String otp) {
        Map<String, Object> body = credentials(username, password);
        body.put("otp", otp);
        return body;
    }

    /** A code for the step after now: valid, and newer than the step used at enrolment. */
    static String nextCode(byte[] secret) {
        return Totp.standard().code(secret, Totp.stepOf(Instant.now()) + 1);
    }

    /** Six digits that no step in reach of now accepts. */
    static String wrongCode(byte[] secret) {
        long now = Totp.stepOf(Instant.now());
        List<String> valid = Stream.of(now - 2, now - 1, now, now + 1, now + 2)
                .map(step -> Totp.standard().code(secret, step)).toList();
        return Stream.of("000000", "111111", "222222").filter(c -> !valid.contains(c)).findFirst().orElseThrow();
    }
}
