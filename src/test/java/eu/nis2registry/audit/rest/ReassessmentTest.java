package eu.nis2registry.audit.rest;

import eu.nis2registry.audit.rest.AuditFixtures.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.audit.rest.AuditFixtures.postLeak;
import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The next audit date: 90 days after registration at first, then the criticality's interval after each approval. */
@QuarkusTest
class ReassessmentTest {

    private static LocalDate utcDate(String instant) {
        return LocalDate.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void aNewEngagementIsDueNinetyDaysAfterItIsRegisteredAndIsNotOverdue() {
        Tenant t = AuditFixtures.tenant("AZ First Audit");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "CRITICAL");
        JsonPath view = as(t.officer().token()).get("/api/engagements/" + engagement).then().statusCode(200)
                .extract().jsonPath();
        assertThat(view.getString("nextAuditDue")).isEqualTo(utcDate(view.getString("createdAt")).plusDays(90).toString());
        assertThat(view.getBoolean("reassessmentOverdue")).isFalse();
        assertThat(view.getString("lastAuditApprovedAt")).isNull();
        assertThat(as(t.officer().token()).get("/api/organizations/" + t.organizationId() + "/engagements?overdue=true")
                .then().statusCode(200).extract().jsonPath().getList("id")).isEmpty();
    }

    @Test
    void anApprovalSetsTheNextAuditFromTheCriticality() {
        Tenant t = AuditFixtures.tenant("AZ Next Audit");
        Map<String, Integer> months = Map.of("CRITICAL", 12, "HIGH", 12, "MEDIUM", 24, "LOW", 36);
        for (Map.Entry<String, Integer> criticality : months.entrySet()) {
            long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), criticality.getKey());
            long audit = AuditFixtures.approvedAudit(t, engagement, "post-leak", postLeak(Map.of()));
            String reviewedAt = AuditFixtures.audit(t.officer().token(), audit).getString("reviewedAt");
            JsonPath view = as(t.officer().token()).get("/api/engagements/" + engagement).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(Instant.parse(view.getString("lastAuditApprovedAt"))).isEqualTo(Instant.parse(reviewedAt));
            assertThat(view.getString("nextAuditDue")).as(criticality.getKey())
                    .isEqualTo(utcDate(reviewedAt).plusMonths(criticality.getValue()).toString());
        }
    }

    @Test
    void aRejectedAuditDoesNotMoveTheNextAuditDate() {
        Tenant t = AuditFixtures.tenant("AZ Rejected Date");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "CRITICAL");
        String before = as(t.officer().token()).get("/api/engagements/" + engagement).then().statusCode(200)
                .extract().jsonPath().getString("nextAuditDue");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "post-leak");
        AuditFixtures.save(t.officer().token(), audit, postLeak(Map.of()));
        AuditFixtures.submit(t.officer().token(), audit);
        AuditFixtures.review(t.ciso().token(), audit, "REJECT", "Incomplete");
        JsonPath after = as(t.officer().token()).get("/api/engagements/" + engagement).then().statusCode(200)
                .extract().jsonPath();
        assertThat(after.getString("nextAuditDue")).isEqualTo(before);
        assertThat(after.getString("lastAuditApprovedAt")).isNull();
    }
}
