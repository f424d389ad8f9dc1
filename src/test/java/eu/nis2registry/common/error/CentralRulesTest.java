package eu.nis2registry.common.error;

import eu.nis2registry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.admin;
import static eu.nis2registry.support.Api.anonymous;
import static eu.nis2registry.support.Api.as;
import static eu.nis2registry.support.Api.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Rules that hold for every endpoint (API.md "Conventions"). Every answer in the suite is also checked by
 * {@link Api}'s guard for a 500 or a stack trace.
 */
@QuarkusTest
class CentralRulesTest {

    /** Every endpoint of the foundation, with an id that exists or not: without a token it does not matter. */
    private static final List<String> ENDPOINTS = List.of(
            "POST /api/users", "GET /api/users", "GET /api/users/1", "PUT /api/users/1", "PUT /api/users/1/password",
            "GET /api/me", "POST /api/me/totp", "POST /api/me/totp/confirm",
            "POST /api/organizations", "GET /api/organizations", "GET /api/organizations/1", "PUT /api/organizations/1",
            "POST /api/suppliers", "GET /api/suppliers", "GET /api/suppliers/1", "PUT /api/suppliers/1",
            "POST /api/suppliers/1/subcontractors", "DELETE /api/suppliers/1/subcontractors/2",
            "POST /api/organizations/1/engagements", "GET /api/organizations/1/engagements",
            "GET /api/engagements/1", "PUT /api/engagements/1",
            "GET /api/inventory/export", "POST /api/inventory/import");

    @Test
    void everyEndpointWithoutATokenAnswers401WithTheErrorBody() {
        for (String endpoint : ENDPOINTS) {
            String[] parts = endpoint.split(" ");
            Response answer = withBody(anonymous(), parts[1]).request(parts[0], parts[1]);
            assertThat(answer.statusCode()).as(endpoint).isEqualTo(401);
            answer.then().spec(error(401, "unauthorized"));
        }
    }

    @Test
    void everyEndpointWithAnUnknownTokenAnswers401WithTheErrorBody() {
        for (String endpoint : ENDPOINTS) {
            String[] parts = endpoint.split(" ");
            Response answer = withBody(as("unknown-token-" + Api.unique("t")), parts[1]).request(parts[0], parts[1]);
            assertThat(answer.statusCode()).as(endpoint).isEqualTo(401);
            answer.then().spec(error(401, "unauthorized"));
        }
    }

    /** A body of the type the endpoint takes, so that only the missing token is wrong. */
    private static RequestSpecification withBody(RequestSpecification request, String path) {
        return path.endsWith("/import") ? request.contentType("application/zip").body(new byte[] {80, 75, 5, 6})
                : request.body("{}");
    }

    @Test
    void anUnauthenticatedCallLearnsNothingAboutItsBody() {
        Response answer = anonymous().body("{\"name\": 5, \"nis2Category\": \"NOPE\"}").post("/api/organizations");

        answer.then().spec(error(401, "unauthorized"));
        assertThat(answer.asString()).doesNotContain("nis2Category", "name");
    }

    @Test
    void aMalformedAuthorizationHeaderAnswers401() {
        for (String header : List.of("Bearer", "Bearer ", "Basic YWRtaW46YWRtaW4=", "bearer " + "x".repeat(5000), "Token abc")) {
            Api.anonymous().header("Authorization", header).get("/api/organizations").then().spec(error(401, "unauthorized"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "-1", "0", "99999999999999999999999", "1e3", "%20", "null"})
    void aPathIdThatIsNoKnownNumberAnswers4xxNever500(String id) {
        List<String> paths = List.of("/api/organizations/" + id, "/api/suppliers/" + id, "/api/engagements/" + id,
                "/api/users/" + id, "/api/organizations/" + id + "/engagements");
        for (String path : paths) {
            Response answer = as(admin()).get(path);
            assertThat(answer.statusCode()).as(path).isIn(400, 404);
            answer.then().body("error", notNullValue());
        }
        Response put = as(admin()).body(Map.of("name", "x", "sector", "x", "nis2Category", "NONE")).put("/api/organizations/" + id);
        assertThat(put.statusCode()).isIn(400, 404);
        Response delete = as(admin()).delete("/api/suppliers/" + id + "/subcontractors/" + id);
        assertThat(delete.statusCode()).isIn(400, 404);
    }

    @Test
    void digitsOfAnotherScriptInAPathIdAnswer400NamingTheParameterNotTheRecordTheyResemble() {
        long organization = Api.createOrganization(Api.unique("Fullwidth"));
        String fullwidth = String.valueOf(organization).chars().mapToObj(c -> String.valueOf((char) (c - '0' + '\uFF10')))
                .reduce("", String::concat);

        as(admin()).get("/api/organizations/" + fullwidth).then().spec(error(400, "bad_request"))
                .body("details[0].field", equalTo("id"));
        as(admin()).get("/api/organizations/" + organization).then().statusCode(200);
    }

    @Test
    void aQueryNumberThatIsNoNumberAnswers400NamingTheParameter() {
        as(admin()).queryParam("page", "two").get("/api/suppliers").then().spec(error(400, "bad_request"))
                .body("details[0].field", equalTo("page"));
    }

    @Test
    void anUnknownPathAnswers404WithTheErrorBody() {
        as(admin()).get("/api/nothing-here").then().spec(error(404, "not_found"));
    }

    @Test
    void aWrongMethodAnswers405WithTheErrorBody() {
        as(admin()).delete("/api/organizations").then().spec(error(405, "method_not_allowed"));
    }

    @Test
    void aWrongContentTypeAnswers415WithTheErrorBody() {
        as(admin()).contentType("text/plain").body("name=x").post("/api/organizations")
                .then().spec(error(415, "unsupported_media_type"));
    }

    @Test
    void oddBodiesAreRefusedWithoutAStackTrace() {
        List<String> bodies = List.of(
                "{\"name\": \"x\", \"sector\": \"x\", \"nis2Category\": \"NONE\", \"emailDomains\": [null]}",
                "{\"name\": [\"x\"], \"sector\": {\"a\": 1}, \"nis2Category\": 7, \"emailDomains\": \"x.example\"}",
                "{\"name\": \"x\", \"sector\": \"x\", \"nis2Category\": \"NONE\", \"id\": 1e400}",
                "{\"name\": \"\\u0000\", \"sector\": \"\\ud800\", \"nis2Category\": \"NONE\"}",
                "[" .repeat(2000) + "]".repeat(2000),
                "null",
                "\"just a string\"",
                "{\"name\": \"x\"} trailing");
        for (String body : bodies) {
            Response answer = as(admin()).body(body).post("/api/organizations");
            assertThat(answer.statusCode()).as(body.length() > 80 ? body.substring(0, 80) : body).isIn(400, 422, 201);
            if (body.contains("u0000")) {
                assertThat(answer.statusCode()).as("NUL and a lone surrogate cannot be stored as text").isEqualTo(422);
            }
            assertThat(answer.asString()).doesNotContain("Exception").doesNotContain("jackson").doesNotContain("hibernate");
        }
    }

    @Test
    void aSupplierIdThatIsNotANumberIsNamed() {
        long org = Api.createOrganization(Api.unique("AZ Rules"));
        Api.User officer = Api.user("COMPLIANCE_OFFICER", List.of(org));

        as(officer.token()).body(Map.of("supplierId", "abc", "service", "x", "dataCategories", List.of(),
                        "access", "NONE", "criticality", "LOW"))
                .post("/api/organizations/" + org + "/engagements")
                .then().spec(error(400, "bad_request")).body("details[0].field", equalTo("supplierId"));
        as(officer.token()).body(Map.of("supplierId", 1.5, "service", "x", "dataCategories", List.of(),
                        "access", "NONE", "criticality", "LOW"))
                .post("/api/organizations/" + org + "/engagements")
                .then().spec(error(400, "bad_request")).body("details[0].field", equalTo("supplierId"));
    }
}
