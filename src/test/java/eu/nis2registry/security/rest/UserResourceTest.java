package eu.nis2registry.security.rest;

import eu.nis2registry.support.Api;
import eu.nis2registry.support.Api.User;
import eu.nis2registry.support.Concurrently;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.PASSWORD;
import static eu.nis2registry.support.Api.admin;
import static eu.nis2registry.support.Api.anonymous;
import static eu.nis2registry.support.Api.as;
import static eu.nis2registry.support.Api.error;
import static eu.nis2registry.support.Api.fromNewAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class UserResourceTest {

    private static final long UNKNOWN_ID = 987_654_321L;

    @TestHTTPResource("/")
    URI base;

    @Test
    void adminCreatesAUserAndReadsItBack() {
        long org = Api.createOrganization(Api.unique("AZ Users"));
        String username = Api.unique("officer");

        Response created = as(admin()).body(newUser(username, List.of("COMPLIANCE_OFFICER"), List.of(org)))
                .post("/api/users");

        created.then().statusCode(201)
                .body("username", equalTo(username))
                .body("roles", contains("COMPLIANCE_OFFICER"))
                .body("organizationIds", contains((int) org))
                .body("allOrganizations", equalTo(false));
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/users/" + id);
        assertThat(created.asString()).doesNotContain(PASSWORD).doesNotContain("passwordHash").doesNotContain("$2a$");

        as(admin()).get("/api/users/" + id).then().statusCode(200)
                .body("username", equalTo(username)).body("organizationIds", contains((int) org));
        as(admin()).get("/api/users").then().statusCode(200).body("username", hasItem(username));
    }

    @Test
    void storesUsernamesInLowerCase() {
        String username = Api.unique("Mixed.Case");

        as(admin()).body(newUser(username, List.of("AUDITOR"), List.of())).post("/api/users")
                .then().statusCode(201).body("username", equalTo(username.toLowerCase()));
    }

    @Test
    void adminChangesRolesAndScope() {
        long a = Api.createOrganization(Api.unique("AZ Scope A"));
        long b = Api.createOrganization(Api.unique("AZ Scope B"));
        User user = Api.user("COMPLIANCE_OFFICER", List.of(a));

        as(admin()).body(Map.of("roles", List.of("AUDITOR"), "organizationIds", List.of(a, b), "allOrganizations", false))
                .put("/api/users/" + user.id())
                .then().statusCode(200)
                .body("roles", contains("AUDITOR"))
                .body("organizationIds", containsInAnyOrder((int) a, (int) b));

        as(admin()).get("/api/users/" + user.id()).then().body("roles", contains("AUDITOR"));
        // Tokens carry the rights they were issued with: the old one is revoked, a new login has the new rights.
        as(user.token()).get("/api/organizations/" + a).then().spec(error(401, "unauthorized"));
        String renewed = Api.loginAndEnrol(user.username(), Api.PASSWORD);
        as(renewed).get("/api/organizations/" + b).then().statusCode(200);
        as(renewed).body(Map.of("name", Api.unique("Nope"), "domains", List.of())).post("/api/suppliers")
                .then().spec(error(403, "forbidden"));
    }

    @Test
    void refusesATakenUsernameNamingTheExistingUser() {
        User existing = Api.user("AUDITOR", List.of());

        Response conflict = as(admin()).body(newUser(existing.username().toUpperCase(), List.of("CISO"), List.of()))
                .post("/api/users");

        conflict.then().spec(error(409, "user_exists"))
                .body("details[0].id", equalTo((int) existing.id()))
                .body("details[0].field", equalTo("username"));
        as(admin()).get("/api/users/" + existing.id()).then().body("roles", contains("AUDITOR"));
    }

    @Test
    void simultaneousCreationsOfOneUsernameLeaveOneUserAndAnswer409ToTheOthers() throws Exception {
        String username = Api.unique("twin");
        String json = "{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\", \"roles\": [\"AUDITOR\"]}";

        List<HttpResponse<String>> answers = Concurrently.post(base.resolve("api/users"), admin(), json, 4);

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409)
                .filteredOn(status -> status == 201).hasSize(1);
        List<String> usernames = as(admin()).get("/api/users").then().extract().jsonPath().getList("username", String.class);
        assertThat(usernames).filteredOn(username::equals).hasSize(1);
    }

    @Test
    void namesEveryProblemOfABadUserAndStoresNothing() {
        String username = "no spaces " + Api.unique("x");
        Map<String, Object> body = newUser(username, List.of("AUDITOR"), List.of());
        body.put("password", "short");

        Response answer = as(admin()).body(body).post("/api/users");

        answer.then().spec(error(422, "validation_failed"));
        assertThat(answer.jsonPath().getList("details.field", String.class)).contains("username", "password");
        as(admin()).get("/api/users").then().body("username", not(hasItem(username.toLowerCase())));
    }

    @Test
    void refusesAShortPassword() {
        String username = Api.unique("shortpw");
        Map<String, Object> body = newUser(username, List.of("AUDITOR"), List.of());
        body.put("password", "elevenchars");

        as(admin()).body(body).post("/api/users").then().spec(error(422, "validation_failed"))
                .body("details.field", contains("password"));
        as(admin()).get("/api/users").then().body("username", not(hasItem(username)));
    }

    @Test
    void refusesUnknownOrganizationsAndStoresNothing() {
        long org = Api.createOrganization(Api.unique("AZ Known"));
        String username = Api.unique("scoped");

        as(admin()).body(newUser(username, List.of("CISO"), List.of(org, UNKNOWN_ID))).post("/api/users")
                .then().spec(error(422, "validation_failed"))
                .body("details.field", contains("organizationIds"))
                .body("details[0].message", containsString(String.valueOf(UNKNOWN_ID)));
        as(admin()).get("/api/users").then().body("username", not(hasItem(username)));
    }

    @Test
    void refusesAnUnknownRoleNamingTheField() {
        String username = Api.unique("role");

        Response answer = as(admin()).body(newUser(username, List.of("SUPERUSER"), List.of())).post("/api/users");

        answer.then().spec(error(400, "bad_request")).body("details[0].field", startsWith("roles"));
        assertThat(answer.asString()).contains("SUPERUSER");
        as(admin()).get("/api/users").then().body("username", not(hasItem(username)));
    }

    @Test
    void refusesAUserWithoutRoles() {
        as(admin()).body(newUser(Api.unique("noroles"), List.of(), List.of())).post("/api/users")
                .then().spec(error(422, "validation_failed")).body("details.field", contains("roles"));
    }

    @Test
    void aDisabledUserCannotLogInAndLosesItsTokens() {
        User user = Api.user("AUDITOR", List.of());

        as(admin()).body(Map.of("roles", List.of("AUDITOR"), "disabled", true)).put("/api/users/" + user.id())
                .then().statusCode(200).body("disabled", equalTo(true));

        as(user.token()).get("/api/organizations").then().spec(error(401, "unauthorized"));
        fromNewAddress().body(AuthResourceTest.credentials(user.username(), PASSWORD)).post("/api/auth/token")
                .then().spec(error(401, "invalid_credentials"));

        as(admin()).body(Map.of("roles", List.of("AUDITOR"), "disabled", false)).put("/api/users/" + user.id())
                .then().statusCode(200);
        fromNewAddress().body(AuthResourceTest.credentials(user.username(), PASSWORD)).post("/api/auth/token")
                .then().statusCode(200);
    }

    @Test
    void changingThePasswordRevokesTokensAndTheOldPassword() {
        User user = Api.user("AUDITOR", List.of());
        String newPassword = "another-long-password-2";

        as(admin()).body(Map.of("password", newPassword)).put("/api/users/" + user.id() + "/password")
                .then().statusCode(204);

        as(user.token()).get("/api/organizations").then().spec(error(401, "unauthorized"));
        fromNewAddress().body(AuthResourceTest.credentials(user.username(), PASSWORD)).post("/api/auth/token")
                .then().spec(error(401, "invalid_credentials"));
        fromNewAddress().body(AuthResourceTest.credentials(user.username(), newPassword)).post("/api/auth/token")
                .then().statusCode(200);
    }

    @Test
    void refusesAShortNewPasswordAndKeepsTheOldOne() {
        User user = Api.user("AUDITOR", List.of());

        as(admin()).body(Map.of("password", "short")).put("/api/users/" + user.id() + "/password")
                .then().spec(error(422, "validation_failed")).body("details.field", contains("password"));

        as(user.token()).get("/api/organizations").then().statusCode(200);
        fromNewAddress().body(AuthResourceTest.credentials(user.username(), PASSWORD)).post("/api/auth/token")
                .then().statusCode(200);
    }

    @Test
    void refusesAnUpdateWithUnknownOrganizationsAndChangesNothing() {
        long org = Api.createOrganization(Api.unique("AZ Keep"));
        User user = Api.user("COMPLIANCE_OFFICER", List.of(org));

        as(admin()).body(Map.of("roles", List.of("AUDITOR"), "organizationIds", List.of(UNKNOWN_ID)))
                .put("/api/users/" + user.id()).then().spec(error(422, "validation_failed"))
                .body("details.field", contains("organizationIds"));

        as(admin()).get("/api/users/" + user.id()).then()
                .body("roles", contains("COMPLIANCE_OFFICER")).body("organizationIds", contains((int) org));
    }

    @Test
    void answers404ForAnUnknownUser() {
        as(admin()).get("/api/users/" + UNKNOWN_ID).then().spec(error(404, "not_found"));
        as(admin()).body(Map.of("roles", List.of("AUDITOR"))).put("/api/users/" + UNKNOWN_ID)
                .then().spec(error(404, "not_found"));
        as(admin()).body(Map.of("password", "a-long-enough-password")).put("/api/users/" + UNKNOWN_ID + "/password")
                .then().spec(error(404, "not_found"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CISO", "COMPLIANCE_OFFICER", "AUDITOR"})
    void onlyAnAdminManagesUsers(String role) {
        long org = Api.createOrganization(Api.unique("AZ NotAdmin"));
        User user = Api.user(role, List.of(org));
        User target = Api.user("AUDITOR", List.of(org));

        as(user.token()).body(newUser(Api.unique("x"), List.of("ADMIN"), List.of())).post("/api/users")
                .then().spec(error(403, "forbidden"));
        as(user.token()).get("/api/users").then().spec(error(403, "forbidden"));
        as(user.token()).get("/api/users/" + target.id()).then().spec(error(403, "forbidden"));
        as(user.token()).body(Map.of("roles", List.of("ADMIN"))).put("/api/users/" + user.id())
                .then().spec(error(403, "forbidden"));
        as(user.token()).body(Map.of("password", "a-long-enough-password")).put("/api/users/" + target.id() + "/password")
                .then().spec(error(403, "forbidden"));
        as(admin()).get("/api/users/" + user.id()).then().body("roles", contains(role));
    }

    @Test
    void everyUserEndpointNeedsAValidToken() {
        User target = Api.user("AUDITOR", List.of());
        for (String token : new String[] {null, "not-a-real-token"}) {
            var request = token == null ? anonymous() : as(token);
            request.body(newUser(Api.unique("x"), List.of("ADMIN"), List.of())).post("/api/users")
                    .then().spec(error(401, "unauthorized"));
            (token == null ? anonymous() : as(token)).get("/api/users").then().spec(error(401, "unauthorized"));
            (token == null ? anonymous() : as(token)).get("/api/users/" + target.id()).then().spec(error(401, "unauthorized"));
            (token == null ? anonymous() : as(token)).body(Map.of("roles", List.of("ADMIN")))
                    .put("/api/users/" + target.id()).then().spec(error(401, "unauthorized"));
            (token == null ? anonymous() : as(token)).body(Map.of("password", "a-long-enough-password"))
                    .put("/api/users/" + target.id() + "/password").then().spec(error(401, "unauthorized"));
        }
        as(admin()).get("/api/users/" + target.id()).then().body("roles", contains("AUDITOR"));
    }

    private static Map<String, Object> newUser(String username, List<String> roles, List<Long> organizationIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("roles", roles);
        body.put("organizationIds", organizationIds);
        body.put("allOrganizations", false);
        return body;
    }
}
