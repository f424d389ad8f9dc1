package eu.nis2registry.scoring.rest;

import eu.nis2registry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class BlastRadiusTest {

    /** hospital A -> portal -> hosting -> datacentre (depth 3); hospital B -> hosting directly. */
    @Test
    void reachesEveryOrganisationThroughAChainOfDepthThree() {
        long hospitalA = Api.createOrganization(Api.unique("AZ Chain A"), Api.unique("ca") + ".example");
        long hospitalB = Api.createOrganization(Api.unique("AZ Chain B"), Api.unique("cb") + ".example");
        long portal = Api.createSupplier(Api.unique("Portal"), Api.unique("portal") + ".example");
        long hosting = Api.createSupplier(Api.unique("Hosting"), Api.unique("hosting") + ".example");
        long datacentre = Api.createSupplier(Api.unique("Datacentre"), Api.unique("dc") + ".example");
        as(Api.admin()).body(Map.of("subcontractorId", hosting)).post("/api/suppliers/" + portal + "/subcontractors").then().statusCode(204);
        as(Api.admin()).body(Map.of("subcontractorId", datacentre)).post("/api/suppliers/" + hosting + "/subcontractors").then().statusCode(204);
        Api.User officerA = Api.user("COMPLIANCE_OFFICER", List.of(hospitalA));
        Api.User officerB = Api.user("COMPLIANCE_OFFICER", List.of(hospitalB));
        long engagementA = Api.createEngagement(officerA.token(), hospitalA, portal, "USER", List.of("HEALTH"));
        long engagementB = Api.createEngagement(officerB.token(), hospitalB, hosting, "PRIVILEGED", List.of("PERSONAL"));
        Api.User sector = Api.user(List.of("CISO"), List.of(), true);

        int before = as(sector.token()).get("/api/engagements/" + engagementA + "/risk").then().statusCode(200)
                .extract().jsonPath().getInt("score");
        as(sector.token()).body(Map.of("supplierId", datacentre, "source", "press report", "kind", "STEALER_LOG",
                "records", 5000, "stealerShare", 0.9)).post("/api/leak-observations/aggregate").then().statusCode(201);

        JsonPath radius = as(sector.token()).get("/api/suppliers/" + datacentre + "/blast-radius").then().statusCode(200)
                .extract().jsonPath();
        assertThat(radius.getList("organizations.organizationId", Long.class)).containsExactlyInAnyOrder(hospitalA, hospitalB);
        assertThat(radius.getList("organizations.find { it.organizationId == " + hospitalA + " }.path", Long.class))
                .containsExactly(portal, hosting, datacentre);
        assertThat(radius.getList("organizations.find { it.organizationId == " + hospitalB + " }.path", Long.class))
                .containsExactly(hosting, datacentre);
        assertThat(radius.getList("organizations.find { it.organizationId == " + hospitalB + " }.actions.code", String.class))
                .contains("RESTRICT_REMOTE_ACCESS", "SEND_POST_LEAK_QUESTIONNAIRE", "RESET_AND_REVOKE");

        JsonPath risk = as(sector.token()).get("/api/engagements/" + engagementA + "/risk").then().statusCode(200).extract().jsonPath();
        assertThat(risk.getInt("score")).isGreaterThan(before);
        assertThat(risk.getList("factors.points", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(risk.getInt("score"));
        assertThat(as(sector.token()).get("/api/engagements/" + engagementA + "/risk/history").then().statusCode(200)
                .extract().jsonPath().getList("reason", String.class)).anySatisfy(r -> assertThat(r).contains("aggregate leak"));

        // Each hospital's own users see only their own organisation in the radius.
        assertThat(as(officerA.token()).get("/api/suppliers/" + datacentre + "/blast-radius").then().statusCode(200)
                .extract().jsonPath().getList("organizations.organizationId", Long.class)).containsExactly(hospitalA);
        as(officerA.token()).get("/api/engagements/" + engagementB + "/risk").then().statusCode(404);

        JsonPath concentration = as(sector.token()).get("/api/concentration?limit=1000").then().statusCode(200).extract().jsonPath();
        assertThat(concentration.getLong("find { it.supplierId == " + datacentre + " }.organizations")).isEqualTo(2);
        assertThat(concentration.getLong("find { it.supplierId == " + datacentre + " }.directEngagements")).isZero();
        as(officerA.token()).get("/api/concentration").then().statusCode(403);
    }
}
