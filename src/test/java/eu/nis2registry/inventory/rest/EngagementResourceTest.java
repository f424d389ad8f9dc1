package eu.nis2registry.inventory.rest;

import eu.nis2registry.support.Api;
import eu.nis2registry.support.Api.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Engagements through {@code /api/organizations/{orgId}/engagements} and {@code /api/engagements/{id}}. */
@QuarkusTest
class EngagementResourceTest {

    private static final long UNKNOWN_ID = 987_654_321L;

    private long orgA;
    private long orgB;
    private long supplier;
    private User officerOfA;
    private User cisoOfA;
    private User auditorOfA;
    private User cisoOfB;

    @BeforeEach
    void organizationsAndTheirPeople() {
        orgA = Api.createOrganization(Api.unique("AZ Engaged A"));
        orgB = Api.createOrganization(Api.unique("AZ Engaged B"));
        supplier = Api.createSupplier(Api.unique("Registration Soft"));
        officerOfA = Api.user("COMPLIANCE_OFFICER", List.of(orgA));
        cisoOfA = Api.user("CISO", List.of(orgA));
        auditorOfA = Api.user("AUDITOR", List.of(orgA));
        cisoOfB = Api.user("CISO", List.of(orgB));
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMPLIANCE_OFFICER", "CISO"})
    void anOfficerOrCisoOfTheOrganizationRecordsAnEngagement(String role) {
        String token = role.equals("CISO") ? cisoOfA.token() : officerOfA.token();
        String service = Api.unique("Patient registration");

        Response created = as(token).body(engagement(supplier, service).with("serviceHosts", List.of("Portal.Registration.Example."))
                .with("contractClauses", List.of("AUDIT_RIGHT", "INCIDENT_NOTIFICATION")))
                .post("/api/organizations/" + orgA + "/engagements");

        created.then().statusCode(201)
                .body("organizationId", equalTo((int) orgA))
                .body("supplierId", equalTo((int) supplier))
                .body("service", equalTo(service))
                .body("serviceHosts", contains("portal.registration.example"))
                .body("dataCategories", contains("HEALTH", "PERSONAL"))
                .body("access", equalTo("PRIVILEGED"))
                .body("criticality", equalTo("CRITICAL"))
                .body("contractClauses", contains("INCIDENT_NOTIFICATION", "AUDIT_RIGHT"));
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/engagements/" + id);
        as(token).get("/api/engagements/" + id).then().statusCode(200).body("service", equalTo(service));
        as(token).get("/api/organizations/" + orgA + "/engagements").then().statusCode(200).body("id", hasItem((int) id));
    }

    @Test
    void anAdminDoesNotRecordEngagements() {
        String service = Api.unique("Admin service");

        as(admin()).body(engagement(supplier, service)).post("/api/organizations/" + orgA + "/engagements")
                .then().spec(error(403, "forbidden"));

        assertNoEngagement(orgA, service);
    }

    @Test
    void anAuditorDoesNotRecordEngagements() {
        String service = Api.unique("Auditor service");

        as(auditorOfA.token()).body(engagement(supplier, service)).post("/api/organizations/" + orgA + "/engagements")
                .then().spec(error(403, "forbidden"));

        assertNoEngagement(orgA, service);
    }

    @Test
    void anotherOrganizationLooksExactlyLikeOneThatDoesNotExist() {
        String service = Api.unique("Foreign service");

        Response foreign = as(cisoOfB.token()).body(engagement(supplier, service)).post("/api/organizations/" + orgA + "/engagements");
        Response missing = as(cisoOfB.token()).body(engagement(supplier, service)).post("/api/organizations/" + UNKNOWN_ID + "/engagements");

        foreign.then().spec(error(404, "not_found"));
        assertThat(foreign.asString()).isEqualTo(missing.asString());
        assertNoEngagement(orgA, service);

        Response foreignList = as(cisoOfB.token()).get("/api/organizations/" + orgA + "/engagements");
        foreignList.then().spec(error(404, "not_found"));
        assertThat(foreignList.asString())
                .isEqualTo(as(cisoOfB.token()).get("/api/organizations/" + UNKNOWN_ID + "/engagements").asString());
    }

    @Test
    void refusesAnUnknownSupplierAndStoresNothing() {
        String service = Api.unique("Unknown supplier service");

        as(officerOfA.token()).body(engagement(UNKNOWN_ID, service)).post("/api/organizations/" + orgA + "/engagements")
                .then().spec(error(422, "validation_failed")).body("details.field", contains("supplierId"));

        assertNoEngagement(orgA, service);
    }

    @Test
    void namesTheServiceHostThatIsNotAHost() {
        String service = Api.unique("Bad host service");

        as(officerOfA.token()).body(engagement(supplier, service).with("serviceHosts", List.of("portal.example.be", "https://x y")))
                .post("/api/organizations/" + orgA + "/engagements")
                .then().spec(error(422, "validation_failed")).body("details.field", contains("serviceHosts[1]"));

        assertNoEngagement(orgA, service);
    }

    @Test
    void refusesAnUnknownDataCategoryNamingTheField() {
        String service = Api.unique("Bad category service");

        Response answer = as(officerOfA.token()).body(engagement(supplier, service).with("dataCategories", List.of("HEALTH", "GENETIC")))
                .post("/api/organizations/" + orgA + "/engagements");

        answer.then().spec(error(400, "bad_request")).body("details[0].field", startsWith("dataCategories"));
        assertThat(answer.asString()).contains("GENETIC");
        assertNoEngagement(orgA, service);
    }

    @Test
    void refusesControlCharactersInTheService() {
        as(officerOfA.token()).body(engagement(supplier, "Portal\u001b[31m")).post("/api/organizations/" + orgA + "/engagements")
                .then().spec(error(422, "validation_failed")).body("details.field", contains("service"));
    }

    @Test
    void namesEveryMissingField() {
        Response answer = as(officerOfA.token()).body(Map.of("service", "")).post("/api/organizations/" + orgA + "/engagements");

        answer.then().spec(error(422, "validation_failed"));
        assertThat(answer.jsonPath().getList("details.field", String.class))
                .containsExactlyInAnyOrder("supplierId", "service", "dataCategories", "access", "criticality");
    }

    @Test
    void namesAnUnknownAccessAndAnUnknownCriticalityTogether() {
        Response answer = as(officerOfA.token()).body(engagement(supplier, Api.unique("s")).with("access", "ROOT")
                .with("criticality", "EXTREME")).post("/api/organizations/" + orgA + "/engagements");

        answer.then().spec(error(400, "bad_request"));
        assertThat(answer.jsonPath().getList("details.field", String.class)).contains("access", "criticality");
    }

    @Test
    void listsOnlyTheEngagementsOfThatOrganization() {
        long ofA = Api.createEngagement(officerOfA.token(), orgA, supplier, "USER", List.of("PERSONAL"), "a.example.be");
        long ofB = Api.createEngagement(cisoOfB.token(), orgB, supplier, "USER", List.of("PERSONAL"), "b.example.be");

        List<Integer> ids = as(auditorOfA.token()).get("/api/organizations/" + orgA + "/engagements")
                .then().statusCode(200).extract().jsonPath().getList("id", Integer.class);

        assertThat(ids).contains((int) ofA).doesNotContain((int) ofB);
    }

    @Test
    void listingTheEngagementsOfAnUnknownOrganizationAnswers404EvenForThoseWhoSeeAll() {
        User group = Api.user(List.of("AUDITOR"), List.of(), true);

        as(admin()).get("/api/organizations/" + UNKNOWN_ID + "/engagements").then().spec(error(404, "not_found"));
        as(group.token()).get("/api/organizations/" + UNKNOWN_ID + "/engagements").then().spec(error(404, "not_found"));
        as(group.token()).get("/api/organizations/" + orgA + "/engagements").then().statusCode(200);
    }

    @Test
    void anEngagementOfAnotherOrganizationLooksExactlyLikeOneThatDoesNotExist() {
        long ofB = Api.createEngagement(cisoOfB.token(), orgB, supplier, "USER", List.of("PERSONAL"), "b.example.be");

        Response foreign = as(cisoOfA.token()).get("/api/engagements/" + ofB);
        Response missing = as(cisoOfA.token()).get("/api/engagements/" + UNKNOWN_ID);

        foreign.then().spec(error(404, "not_found"));
        assertThat(foreign.asString()).isEqualTo(missing.asString());
    }

    @Test
    void anAuditorOfTheOrganizationReadsItsEngagement() {
        long id = Api.createEngagement(officerOfA.token(), orgA, supplier, "NONE", List.of(), "c.example.be");

        as(auditorOfA.token()).get("/api/engagements/" + id).then().statusCode(200).body("access", equalTo("NONE"));
    }

    @Test
    void changesAnEngagement() {
        long id = Api.createEngagement(officerOfA.token(), orgA, supplier, "USER", List.of("PERSONAL"), "d.example.be");
        long other = Api.createSupplier(Api.unique("Replacement Soft"));
        String service = Api.unique("Renamed service");

        as(cisoOfA.token()).body(engagement(other, service).with("access", "NONE").with("criticality", "LOW"))
                .put("/api/engagements/" + id).then().statusCode(200)
                .body("supplierId", equalTo((int) other)).body("service", equalTo(service))
                .body("access", equalTo("NONE")).body("criticality", equalTo("LOW"))
                .body("organizationId", equalTo((int) orgA));
        as(officerOfA.token()).get("/api/engagements/" + id).then().body("service", equalTo(service));
    }

    @Test
    void aRefusedChangeChangesNothing() {
        long id = Api.createEngagement(officerOfA.token(), orgA, supplier, "USER", List.of("PERSONAL"), "e.example.be");

        as(officerOfA.token()).body(engagement(UNKNOWN_ID, Api.unique("x")).with("serviceHosts", List.of("not a host")))
                .put("/api/engagements/" + id).then().spec(error(422, "validation_failed"));
        // Both problems are named.
        as(officerOfA.token()).body(engagement(UNKNOWN_ID, Api.unique("x")).with("serviceHosts", List.of("not a host")))
                .put("/api/engagements/" + id).then()
                .body("details.field", containsInAnyOrder("supplierId", "serviceHosts[0]"));

        as(officerOfA.token()).get("/api/engagements/" + id).then()
                .body("supplierId", equalTo((int) supplier)).body("serviceHosts", contains("e.example.be"))
                .body("access", equalTo("USER"));
    }

    @Test
    void anotherOrganizationsEngagementCannotBeChanged() {
        long ofB = Api.createEngagement(cisoOfB.token(), orgB, supplier, "USER", List.of("PERSONAL"), "f.example.be");

        Response foreign = as(cisoOfA.token()).body(engagement(supplier, Api.unique("Hijack"))).put("/api/engagements/" + ofB);
        Response missing = as(cisoOfA.token()).body(engagement(supplier, Api.unique("Hijack"))).put("/api/engagements/" + UNKNOWN_ID);

        foreign.then().spec(error(404, "not_found"));
        assertThat(foreign.asString()).isEqualTo(missing.asString());
        as(cisoOfB.token()).get("/api/engagements/" + ofB).then().body("serviceHosts", contains("f.example.be"));
    }

    @Test
    void anAuditorOrAdminCannotChangeAnEngagement() {
        long id = Api.createEngagement(officerOfA.token(), orgA, supplier, "USER", List.of("PERSONAL"), "g.example.be");

        as(auditorOfA.token()).body(engagement(supplier, Api.unique("Audited"))).put("/api/engagements/" + id)
                .then().spec(error(403, "forbidden"));
        as(admin()).body(engagement(supplier, Api.unique("Administered"))).put("/api/engagements/" + id)
                .then().spec(error(403, "forbidden"));

        as(officerOfA.token()).get("/api/engagements/" + id).then().body("access", equalTo("USER"));
    }

    @Test
    void everyEngagementEndpointNeedsAValidToken() {
        long id = Api.createEngagement(officerOfA.token(), orgA, supplier, "USER", List.of("PERSONAL"), "h.example.be");
        List<Supplier<RequestSpecification>> callers = List.of(() -> anonymous(), () -> as("not-a-real-token"));
        for (Supplier<RequestSpecification> caller : callers) {
            caller.get().body(engagement(supplier, "x")).post("/api/organizations/" + orgA + "/engagements")
                    .then().spec(error(401, "unauthorized"));
            caller.get().get("/api/organizations/" + orgA + "/engagements").then().spec(error(401, "unauthorized"));
            caller.get().get("/api/engagements/" + id).then().spec(error(401, "unauthorized"));
            caller.get().body(engagement(supplier, "x")).put("/api/engagements/" + id).then().spec(error(401, "unauthorized"));
        }
        as(officerOfA.token()).get("/api/engagements/" + id).then().body("service", equalTo("Patient registration"));
    }

    private void assertNoEngagement(long organizationId, String service) {
        as(admin()).get("/api/organizations/" + organizationId + "/engagements").then().statusCode(200)
                .body("service", not(hasItem(service)));
    }

    static SupplierResourceTest.Body engagement(long supplierId, String service) {
        SupplierResourceTest.Body body = new SupplierResourceTest.Body();
        body.put("supplierId", supplierId);
        body.put("service", service);
        body.put("serviceHosts", List.of());
        body.put("dataCategories", List.of("PERSONAL", "HEALTH"));
        body.put("access", "PRIVILEGED");
        body.put("criticality", "CRITICAL");
        return body;
    }
}
