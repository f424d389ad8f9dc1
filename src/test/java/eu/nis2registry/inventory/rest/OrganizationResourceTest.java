package eu.nis2registry.inventory.rest;

import eu.nis2registry.support.Api;
import eu.nis2registry.support.Api.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.admin;
import static eu.nis2registry.support.Api.anonymous;
import static eu.nis2registry.support.Api.as;
import static eu.nis2registry.support.Api.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

@QuarkusTest
class OrganizationResourceTest {

    private static final long UNKNOWN_ID = 987_654_321L;

    @Test
    void adminRegistersAnOrganizationWithNormalisedDomains() {
        String name = Api.unique("AZ Scheldezicht");
        as(admin()).body(Map.of("name", name, "sector", "Health", "nis2Category", "ESSENTIAL",
                        "emailDomains", List.of("AZ-Scheldezicht.Example.", "ziekenhuis-ü.example")))
                .post("/api/organizations")
                .then().statusCode(201)
                .body("name", equalTo(name))
                .body("nis2Category", equalTo("ESSENTIAL"))
                .body("emailDomains", hasItems("az-scheldezicht.example", "xn--ziekenhuis--3hb.example"));
    }

    @Test
    void refusesCallsWithoutToken() {
        anonymous().get("/api/organizations").then().statusCode(401).body("error", equalTo("unauthorized"));
    }

    @Test
    void registeredOrganizationCanBeReadBackWithItsLocation() {
        String name = Api.unique("AZ Readback");
        Response created = as(admin()).body(organization(name)).post("/api/organizations");

        created.then().statusCode(201).body("sector", equalTo("Health"));
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/organizations/" + id);
        as(admin()).get("/api/organizations/" + id).then().statusCode(200)
                .body("id", equalTo((int) id)).body("name", equalTo(name));
    }

    @Test
    void normalisesABelgianEnterpriseNumber() {
        String number = Api.uniqueEnterpriseNumber();

        as(admin()).body(with(organization(Api.unique("AZ Number")), "enterpriseNumber", "BE " + number))
                .post("/api/organizations").then().statusCode(201)
                .body("enterpriseNumber", equalTo(Api.dotted(number)));
    }

    @Test
    void refusesAnEnterpriseNumberWithAWrongCheckDigitAndStoresNothing() {
        String name = Api.unique("AZ Badnumber");
        String number = Api.uniqueEnterpriseNumber();
        String wrong = number.substring(0, 8) + String.format("%02d", (Integer.parseInt(number.substring(8)) % 97) + 1);

        as(admin()).body(with(organization(name), "enterpriseNumber", wrong)).post("/api/organizations")
                .then().spec(error(422, "validation_failed")).body("details.field", contains("enterpriseNumber"));
        as(admin()).get("/api/organizations").then().body("name", not(hasItem(name)));
    }

    @Test
    void refusesASecondOrganizationWithTheSameEnterpriseNumber() {
        String number = Api.uniqueEnterpriseNumber();
        long first = as(admin()).body(with(organization(Api.unique("AZ First")), "enterpriseNumber", number))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        String second = Api.unique("AZ Second");

        as(admin()).body(with(organization(second), "enterpriseNumber", Api.dotted(number))).post("/api/organizations")
                .then().spec(error(409, "organization_exists")).body("details[0].id", equalTo((int) first));
        as(admin()).get("/api/organizations").then().body("name", not(hasItem(second)));
    }

    @Test
    void namesTheDomainThatIsNotADomainByItsIndex() {
        String name = Api.unique("AZ Domains");

        as(admin()).body(with(organization(name), "emailDomains", List.of("good.example", "not a domain")))
                .post("/api/organizations")
                .then().spec(error(422, "validation_failed")).body("details.field", contains("emailDomains[1]"));
        as(admin()).get("/api/organizations").then().body("name", not(hasItem(name)));
    }

    @Test
    void namesBothAnUnknownCategoryAndAMissingName() {
        Map<String, Object> body = organization(null);
        body.remove("name");
        body.put("nis2Category", "VERY_IMPORTANT");

        Response answer = as(admin()).body(body).post("/api/organizations");

        answer.then().spec(error(400, "bad_request"));
        assertThat(answer.jsonPath().getList("details.field", String.class)).contains("nis2Category", "name");
    }

    @Test
    void namesAValueOfTheWrongType() {
        Map<String, Object> body = organization(Api.unique("AZ Types"));
        body.put("emailDomains", Map.of("a", 1));

        as(admin()).body(body).post("/api/organizations").then().spec(error(400, "bad_request"))
                .body("details.field", hasItem("emailDomains"));
    }

    @Test
    void refusesMalformedJson() {
        as(admin()).body("{\"name\": \"AZ Broken\", \"sector\": ").post("/api/organizations")
                .then().spec(error(400, "malformed_json"));
        as(admin()).body("[1, 2").post("/api/organizations").then().spec(error(400, "malformed_json"));
    }

    @Test
    void refusesABodyThatIsNotAnObject() {
        as(admin()).body("[]").post("/api/organizations").then().spec(error(400, "bad_request"));
        as(admin()).body("").post("/api/organizations").then().statusCode(oneOf(400, 422))
                .body("error", notNullValue());
    }

    @Test
    void refusesControlCharactersInTextFields() {
        Map<String, Object> body = organization("AZ \u0000 " + Api.unique("Nul"));
        body.put("sector", "Health\u0007");

        Response answer = as(admin()).body(body).post("/api/organizations");

        answer.then().spec(error(422, "validation_failed"));
        assertThat(answer.jsonPath().getList("details.field", String.class)).containsExactlyInAnyOrder("name", "sector");
    }

    @Test
    void refusesANameOfTenThousandCharacters() {
        as(admin()).body(organization("x".repeat(10_000))).post("/api/organizations")
                .then().spec(error(422, "validation_failed")).body("details.field", contains("name"));
    }

    @Test
    void aUserSeesOnlyTheOrganizationsInItsScope() {
        long a = Api.createOrganization(Api.unique("AZ Scope A"));
        long b = Api.createOrganization(Api.unique("AZ Scope B"));
        User cisoOfA = Api.user("CISO", List.of(a));
        User group = Api.user(List.of("CISO"), List.of(), true);

        List<Integer> seenByA = as(cisoOfA.token()).get("/api/organizations").then().statusCode(200)
                .extract().jsonPath().getList("id", Integer.class);
        assertThat(seenByA).containsExactly((int) a);

        as(group.token()).get("/api/organizations").then().statusCode(200).body("id", hasItems((int) a, (int) b));
        as(admin()).get("/api/organizations").then().statusCode(200).body("id", hasItems((int) a, (int) b));
    }

    @Test
    void aUserWithoutOrganizationsSeesNone() {
        Api.createOrganization(Api.unique("AZ Invisible"));
        User lonely = Api.user("AUDITOR", List.of());

        as(lonely.token()).get("/api/organizations").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anotherOrganizationLooksExactlyLikeOneThatDoesNotExist() {
        long a = Api.createOrganization(Api.unique("AZ Own"));
        long b = Api.createOrganization(Api.unique("AZ Foreign"));
        User cisoOfA = Api.user("CISO", List.of(a));

        as(cisoOfA.token()).get("/api/organizations/" + a).then().statusCode(200);
        Response foreign = as(cisoOfA.token()).get("/api/organizations/" + b);
        Response missing = as(cisoOfA.token()).get("/api/organizations/" + UNKNOWN_ID);

        foreign.then().spec(error(404, "not_found"));
        assertThat(foreign.asString()).isEqualTo(missing.asString());
    }

    @Test
    void adminChangesAnOrganization() {
        long id = Api.createOrganization(Api.unique("AZ Before"));
        String name = Api.unique("AZ After");
        Map<String, Object> body = with(organization(name), "emailDomains", List.of("After.Example."));
        body.put("nis2Category", "IMPORTANT");

        as(admin()).body(body).put("/api/organizations/" + id).then().statusCode(200)
                .body("name", equalTo(name)).body("nis2Category", equalTo("IMPORTANT"))
                .body("emailDomains", contains("after.example"));
        as(admin()).get("/api/organizations/" + id).then().body("name", equalTo(name));
    }

    @Test
    void aRefusedChangeChangesNothing() {
        String name = Api.unique("AZ Unchanged");
        long id = Api.createOrganization(name, "unchanged.example");

        as(admin()).body(with(organization(Api.unique("AZ Renamed")), "emailDomains", List.of("ok.example", "bad domain")))
                .put("/api/organizations/" + id)
                .then().spec(error(422, "validation_failed")).body("details.field", contains("emailDomains[1]"));

        as(admin()).get("/api/organizations/" + id).then()
                .body("name", equalTo(name)).body("emailDomains", contains("unchanged.example"));
    }

    @Test
    void changingAnUnknownOrganizationAnswers404() {
        as(admin()).body(organization(Api.unique("AZ Ghost"))).put("/api/organizations/" + UNKNOWN_ID)
                .then().spec(error(404, "not_found"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CISO", "COMPLIANCE_OFFICER", "AUDITOR"})
    void onlyAnAdminRegistersOrChangesOrganizations(String role) {
        String name = Api.unique("AZ Own");
        long own = Api.createOrganization(name);
        User user = Api.user(role, List.of(own));
        String attempted = Api.unique("AZ Attempt");

        as(user.token()).body(organization(attempted)).post("/api/organizations").then().spec(error(403, "forbidden"));
        as(user.token()).body(organization(attempted)).put("/api/organizations/" + own).then().spec(error(403, "forbidden"));

        as(admin()).get("/api/organizations").then().body("name", not(hasItem(attempted)));
        as(admin()).get("/api/organizations/" + own).then().body("name", equalTo(name));
    }

    @Test
    void everyOrganizationEndpointNeedsAValidToken() {
        long id = Api.createOrganization(Api.unique("AZ Locked"));
        for (RequestSpecification request : List.of(anonymous(), as("not-a-real-token"))) {
            request.get("/api/organizations").then().spec(error(401, "unauthorized"));
        }
        for (RequestSpecification request : List.of(anonymous(), as("not-a-real-token"))) {
            request.get("/api/organizations/" + id).then().spec(error(401, "unauthorized"));
        }
        for (RequestSpecification request : List.of(anonymous(), as("not-a-real-token"))) {
            request.body(organization(Api.unique("AZ Anon"))).post("/api/organizations").then().spec(error(401, "unauthorized"));
        }
        for (RequestSpecification request : List.of(anonymous(), as("not-a-real-token"))) {
            request.body(organization(Api.unique("AZ Anon"))).put("/api/organizations/" + id)
                    .then().spec(error(401, "unauthorized"));
        }
    }

    static Map<String, Object> organization(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("sector", "Health");
        body.put("nis2Category", "ESSENTIAL");
        body.put("emailDomains", new ArrayList<>());
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }
}
