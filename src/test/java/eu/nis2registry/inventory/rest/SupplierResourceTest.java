package eu.nis2registry.inventory.rest;

import eu.nis2registry.support.Api;
import eu.nis2registry.support.Api.User;
import eu.nis2registry.support.Concurrently;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static eu.nis2registry.support.Api.admin;
import static eu.nis2registry.support.Api.anonymous;
import static eu.nis2registry.support.Api.as;
import static eu.nis2registry.support.Api.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class SupplierResourceTest {

    private static final long UNKNOWN_ID = 987_654_321L;

    @TestHTTPResource("/")
    URI base;

    @ParameterizedTest
    @ValueSource(strings = {"ADMIN", "COMPLIANCE_OFFICER", "CISO"})
    void registersASupplierWithNormalisedIdentifiers(String role) {
        String token = role.equals("ADMIN") ? admin() : Api.user(role, List.of()).token();
        String name = Api.unique("Regi Soft");
        String domain = Api.unique("regisoft").toLowerCase() + ".example";
        String number = Api.uniqueEnterpriseNumber();

        Response created = as(token).body(supplier(name, "BE" + number, List.of(domain.toUpperCase() + ".",
                "Portal-ü." + domain)).with("country", "be")).post("/api/suppliers");

        created.then().statusCode(201)
                .body("name", equalTo(name))
                .body("enterpriseNumber", equalTo(Api.dotted(number)))
                .body("country", equalTo("BE"))
                .body("domains", containsInAnyOrder(domain, "xn--portal--t2a." + domain))
                .body("subcontractorIds", empty());
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/suppliers/" + id);
        as(token).get("/api/suppliers/" + id).then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void anAuditorCannotRegisterASupplier() {
        User auditor = Api.user("AUDITOR", List.of());
        String name = Api.unique("Audited Soft");

        as(auditor.token()).body(supplier(name, null, List.of())).post("/api/suppliers").then().spec(error(403, "forbidden"));

        as(admin()).queryParam("q", name).get("/api/suppliers").then().body("size()", equalTo(0));
    }

    @Test
    void refusesASecondSupplierWithTheSameEnterpriseNumberNamingTheFirst() {
        String number = Api.uniqueEnterpriseNumber();
        long first = as(admin()).body(supplier(Api.unique("First Soft"), number, List.of())).post("/api/suppliers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String second = Api.unique("Second Soft");

        as(admin()).body(supplier(second, Api.dotted(number), List.of())).post("/api/suppliers")
                .then().spec(error(409, "supplier_exists"))
                .body("details.id", contains((int) first)).body("details.field", contains("enterpriseNumber"));
        assertNoSupplierNamed(second);
    }

    @Test
    void refusesASecondSupplierWithOneOfTheSameDomainsNamingTheFirst() {
        String domain = Api.unique("shared").toLowerCase() + ".example";
        long first = Api.createSupplier(Api.unique("Domain Soft"), domain);
        String second = Api.unique("Copycat Soft");

        as(admin()).body(supplier(second, null, List.of("other-" + domain, domain.toUpperCase() + ".")))
                .post("/api/suppliers")
                .then().spec(error(409, "supplier_exists"))
                .body("details.id", contains((int) first)).body("details.field", contains("domains"));
        assertNoSupplierNamed(second);
        // The refused supplier's other domain was not kept either.
        as(admin()).body(supplier(Api.unique("Later Soft"), null, List.of("other-" + domain))).post("/api/suppliers")
                .then().statusCode(201);
    }

    @Test
    void simultaneousRegistrationsOfOneDomainLeaveOneSupplierAndAnswer409ToTheOthers() throws Exception {
        String domain = Api.unique("race").toLowerCase() + ".example";
        String name = Api.unique("Race Soft");
        String json = "{\"name\": \"" + name + "\", \"domains\": [\"" + domain + "\"]}";

        List<HttpResponse<String>> answers = Concurrently.post(base.resolve("api/suppliers"), admin(), json, 6);

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409)
                .filteredOn(status -> status == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.statusCode() == 409)
                .allSatisfy(a -> assertThat(a.body()).contains("\"error\"").doesNotContain("Exception"));
        as(admin()).queryParam("q", domain).get("/api/suppliers").then().header("X-Total-Count", "1");
    }

    @Test
    void namesEveryBadFieldOfASupplierAndStoresNothing() {
        String name = Api.unique("Bad Soft");

        Response answer = as(admin()).body(supplier(name, "0403.170.702", List.of("fine.example", "not a domain"))
                .with("country", "Belgium")).post("/api/suppliers");

        answer.then().spec(error(422, "validation_failed"));
        assertThat(answer.jsonPath().getList("details.field", String.class))
                .containsExactlyInAnyOrder("enterpriseNumber", "country", "domains[1]");
        assertNoSupplierNamed(name);
    }

    @Test
    void refusesControlCharactersInTheName() {
        as(admin()).body(supplier("Soft\u0000" + Api.unique("x"), null, List.of())).post("/api/suppliers")
                .then().spec(error(422, "validation_failed")).body("details.field", contains("name"));
    }

    @Test
    void refusesASupplierWithoutName() {
        as(admin()).body(supplier(null, null, List.of())).post("/api/suppliers")
                .then().spec(error(422, "validation_failed")).body("details.field", contains("name"));
    }

    @Test
    void searchesByPartOfTheNameOrOfADomainAndCounts() {
        String tag = Api.unique("zq").toLowerCase();
        long byName = Api.createSupplier("Search " + tag + " Soft");
        long byDomain = Api.createSupplier(Api.unique("Other Soft"), "portal." + tag + ".example");
        Api.createSupplier(Api.unique("Unrelated Soft"), Api.unique("unrelated").toLowerCase() + ".example");

        Response found = as(admin()).queryParam("q", tag.toUpperCase()).get("/api/suppliers");

        found.then().statusCode(200).header("X-Total-Count", "2");
        assertThat(found.jsonPath().getList("id", Long.class)).containsExactlyInAnyOrder(byName, byDomain);
        as(admin()).queryParam("q", "Search " + tag).get("/api/suppliers").then()
                .header("X-Total-Count", "1").body("id", contains((int) byName));
        as(admin()).queryParam("q", "nothing-matches-" + tag).get("/api/suppliers").then()
                .statusCode(200).header("X-Total-Count", "0").body("size()", equalTo(0));
    }

    @Test
    void pagesThroughSearchResultsWithTheFullCount() {
        String tag = Api.unique("pg").toLowerCase();
        for (int i = 0; i < 3; i++) {
            Api.createSupplier("Paged " + tag + " " + i);
        }

        as(admin()).queryParam("q", tag).queryParam("size", 2).get("/api/suppliers").then()
                .header("X-Total-Count", "3").body("size()", equalTo(2));
        as(admin()).queryParam("q", tag).queryParam("size", 2).queryParam("page", 1).get("/api/suppliers").then()
                .header("X-Total-Count", "3").body("size()", equalTo(1));
    }

    @Test
    void searchTreatsWildcardsAsText() {
        String tag = Api.unique("wc").toLowerCase();
        Api.createSupplier("Wild " + tag);

        as(admin()).queryParam("q", "%").queryParam("size", 1000).get("/api/suppliers").then().statusCode(200)
                .body("name", not(hasItem("Wild " + tag)));
    }

    @Test
    void namesABadPageSize() {
        as(admin()).queryParam("size", 0).get("/api/suppliers").then().spec(error(422, "validation_failed"))
                .body("details.field", contains("size"));
    }

    @Test
    void suppliersAreSharedByAllOrganizations() {
        long a = Api.createOrganization(Api.unique("AZ Shared A"));
        User officerOfA = Api.user("COMPLIANCE_OFFICER", List.of(a));
        User auditorElsewhere = Api.user("AUDITOR", List.of());
        long id = as(officerOfA.token()).body(supplier(Api.unique("Shared Soft"), null, List.of())).post("/api/suppliers")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        as(auditorElsewhere.token()).get("/api/suppliers/" + id).then().statusCode(200);
    }

    @Test
    void answers404ForAnUnknownSupplier() {
        as(admin()).get("/api/suppliers/" + UNKNOWN_ID).then().spec(error(404, "not_found"));
        as(admin()).body(supplier(Api.unique("Ghost"), null, List.of())).put("/api/suppliers/" + UNKNOWN_ID)
                .then().spec(error(404, "not_found"));
    }

    @Test
    void changesASupplier() {
        long id = Api.createSupplier(Api.unique("Old Soft"), Api.unique("old").toLowerCase() + ".example");
        String name = Api.unique("New Soft");
        String domain = Api.unique("new").toLowerCase() + ".example";

        as(admin()).body(supplier(name, null, List.of(domain)).with("country", "NL")).put("/api/suppliers/" + id)
                .then().statusCode(200).body("name", equalTo(name)).body("domains", contains(domain))
                .body("country", equalTo("NL"));
        as(admin()).get("/api/suppliers/" + id).then().body("name", equalTo(name));
    }

    @Test
    void keepingItsOwnDomainIsNoConflict() {
        String domain = Api.unique("keep").toLowerCase() + ".example";
        long id = Api.createSupplier(Api.unique("Keep Soft"), domain);

        as(admin()).body(supplier(Api.unique("Kept Soft"), null, List.of(domain))).put("/api/suppliers/" + id)
                .then().statusCode(200);
    }

    @Test
    void refusesToTakeAnotherSuppliersDomainAndChangesNothing() {
        String taken = Api.unique("taken").toLowerCase() + ".example";
        long owner = Api.createSupplier(Api.unique("Owner Soft"), taken);
        String name = Api.unique("Thief Soft");
        long thief = Api.createSupplier(name);

        as(admin()).body(supplier(Api.unique("Renamed"), null, List.of(taken))).put("/api/suppliers/" + thief)
                .then().spec(error(409, "supplier_exists")).body("details.id", contains((int) owner));

        as(admin()).get("/api/suppliers/" + thief).then().body("name", equalTo(name)).body("domains", empty());
    }

    @Test
    void anAuditorCannotChangeASupplier() {
        String name = Api.unique("Stable Soft");
        long id = Api.createSupplier(name);
        User auditor = Api.user("AUDITOR", List.of());

        as(auditor.token()).body(supplier(Api.unique("Changed"), null, List.of())).put("/api/suppliers/" + id)
                .then().spec(error(403, "forbidden"));
        as(admin()).get("/api/suppliers/" + id).then().body("name", equalTo(name));
    }

    @Test
    void linksAndUnlinksASubcontractor() {
        long supplier = Api.createSupplier(Api.unique("IT Soft"));
        long sub = Api.createSupplier(Api.unique("Hosting Sub"));
        User ciso = Api.user("CISO", List.of());

        as(ciso.token()).body(Map.of("subcontractorId", sub)).post("/api/suppliers/" + supplier + "/subcontractors")
                .then().statusCode(204);
        as(ciso.token()).get("/api/suppliers/" + supplier).then().body("subcontractorIds", contains((int) sub));

        as(ciso.token()).delete("/api/suppliers/" + supplier + "/subcontractors/" + sub).then().statusCode(204);
        as(ciso.token()).get("/api/suppliers/" + supplier).then().body("subcontractorIds", empty());
        as(ciso.token()).delete("/api/suppliers/" + supplier + "/subcontractors/" + sub).then().spec(error(404, "not_found"));
    }

    @Test
    void linkingTwiceIsHarmless() {
        long supplier = Api.createSupplier(Api.unique("Twice Soft"));
        long sub = Api.createSupplier(Api.unique("Twice Sub"));

        link(supplier, sub).then().statusCode(204);
        link(supplier, sub).then().statusCode(204);

        as(admin()).get("/api/suppliers/" + supplier).then().body("subcontractorIds", contains((int) sub));
    }

    @Test
    void refusesASupplierAsItsOwnSubcontractor() {
        long supplier = Api.createSupplier(Api.unique("Self Soft"));

        link(supplier, supplier).then().statusCode(422).body("details.field", contains("subcontractorId"));
        as(admin()).get("/api/suppliers/" + supplier).then().body("subcontractorIds", empty());
    }

    @Test
    void refusesALinkThatClosesACycleOfThree() {
        long a = Api.createSupplier(Api.unique("Cycle A"));
        long b = Api.createSupplier(Api.unique("Cycle B"));
        long c = Api.createSupplier(Api.unique("Cycle C"));
        link(a, b).then().statusCode(204);
        link(b, c).then().statusCode(204);

        link(c, a).then().statusCode(422).body("error", equalTo("subcontractor_cycle"))
                .body("details.field", contains("subcontractorId"));

        as(admin()).get("/api/suppliers/" + c).then().body("subcontractorIds", empty());
        // A shortcut in the same direction is no cycle.
        link(a, c).then().statusCode(204);
    }

    @Test
    void refusesAnUnknownSubcontractor() {
        long supplier = Api.createSupplier(Api.unique("Lonely Soft"));

        link(supplier, UNKNOWN_ID).then().spec(error(422, "validation_failed")).body("details.field", contains("subcontractorId"));
        as(admin()).body(Map.of()).post("/api/suppliers/" + supplier + "/subcontractors")
                .then().spec(error(422, "validation_failed")).body("details.field", contains("subcontractorId"));
    }

    @Test
    void linkingToAnUnknownSupplierAnswers404() {
        long sub = Api.createSupplier(Api.unique("Orphan Sub"));

        link(UNKNOWN_ID, sub).then().spec(error(404, "not_found"));
        as(admin()).delete("/api/suppliers/" + UNKNOWN_ID + "/subcontractors/" + sub).then().spec(error(404, "not_found"));
    }

    @Test
    void anAuditorCannotLinkOrUnlink() {
        long supplier = Api.createSupplier(Api.unique("Fixed Soft"));
        long sub = Api.createSupplier(Api.unique("Fixed Sub"));
        long other = Api.createSupplier(Api.unique("Other Sub"));
        link(supplier, sub).then().statusCode(204);
        User auditor = Api.user("AUDITOR", List.of());

        as(auditor.token()).body(Map.of("subcontractorId", other)).post("/api/suppliers/" + supplier + "/subcontractors")
                .then().spec(error(403, "forbidden"));
        as(auditor.token()).delete("/api/suppliers/" + supplier + "/subcontractors/" + sub).then().spec(error(403, "forbidden"));

        as(admin()).get("/api/suppliers/" + supplier).then().body("subcontractorIds", contains((int) sub));
    }

    @Test
    void everySupplierEndpointNeedsAValidToken() {
        long supplier = Api.createSupplier(Api.unique("Guarded Soft"));
        long sub = Api.createSupplier(Api.unique("Guarded Sub"));
        link(supplier, sub).then().statusCode(204);
        List<Supplier<RequestSpecification>> callers = List.of(() -> anonymous(), () -> as("not-a-real-token"));
        for (Supplier<RequestSpecification> caller : callers) {
            caller.get().body(supplier(Api.unique("Anon"), null, List.of())).post("/api/suppliers")
                    .then().spec(error(401, "unauthorized"));
            caller.get().get("/api/suppliers").then().spec(error(401, "unauthorized"));
            caller.get().get("/api/suppliers/" + supplier).then().spec(error(401, "unauthorized"));
            caller.get().body(supplier(Api.unique("Anon"), null, List.of())).put("/api/suppliers/" + supplier)
                    .then().spec(error(401, "unauthorized"));
            caller.get().body(Map.of("subcontractorId", sub)).post("/api/suppliers/" + supplier + "/subcontractors")
                    .then().spec(error(401, "unauthorized"));
            caller.get().delete("/api/suppliers/" + supplier + "/subcontractors/" + sub).then().spec(error(401, "unauthorized"));
        }
        as(admin()).get("/api/suppliers/" + supplier).then().body("subcontractorIds", contains((int) sub));
    }

    private static Response link(long supplier, long subcontractor) {
        return as(admin()).body(Map.of("subcontractorId", subcontractor)).post("/api/suppliers/" + supplier + "/subcontractors");
    }

    private static void assertNoSupplierNamed(String name) {
        as(admin()).queryParam("q", name).get("/api/suppliers").then().statusCode(200)
                .header("X-Total-Count", "0");
    }

    static Body supplier(String name, String enterpriseNumber, List<String> domains) {
        Body body = new Body();
        body.put("name", name);
        body.put("enterpriseNumber", enterpriseNumber);
        body.put("domains", domains);
        return body;
    }

    /** A JSON object built fluently. */
    static final class Body extends HashMap<String, Object> {
        Body with(String field, Object value) {
            put(field, value);
            return this;
        }
    }
}
