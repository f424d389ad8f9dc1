package eu.nis2registry.audit.rest;

import eu.nis2registry.audit.rest.AuditFixtures.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.audit.rest.AuditFixtures.postLeak;
import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** What configuration decides: the evidence size limit and when a first audit is due (see AuditTestProfile). */
@QuarkusTest
@TestProfile(AuditTestProfile.class)
class ConfiguredLimitsTest {

    @Test
    void evidenceOverTheConfiguredLimitIs413AndAtTheLimitIsAccepted() {
        Tenant t = AuditFixtures.tenant("AZ Limit");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "post-leak");
        byte[] atLimit = new byte[(int) AuditTestProfile.EVIDENCE_LIMIT];
        Arrays.fill(atLimit, (byte) 'a');
        byte[] over = Arrays.copyOf(atLimit, atLimit.length + 1);
        over[over.length - 1] = 'b';

        AuditFixtures.multipart(as(t.officer().token()), "leak-mfa", "big.txt", over, "text/plain")
                .post("/api/audits/" + audit + "/evidence")
                .then().statusCode(413).body("error", equalTo("payload_too_large"));
        assertThat(AuditFixtures.audit(t.officer().token(), audit).getList("evidence")).isEmpty();
        AuditFixtures.multipart(as(t.officer().token()), "leak-mfa", "fits.txt", atLimit, "text/plain")
                .post("/api/audits/" + audit + "/evidence")
                .then().statusCode(201).body("size", equalTo(atLimit.length));
    }

    @Test
    void aNeverAuditedEngagementPastItsFirstDueDateIsListedAsOverdueUntilApproved() {
        Tenant t = AuditFixtures.tenant("AZ Overdue Engagement");
        long waiting = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audited = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "LOW");
        String overdue = "/api/organizations/" + t.organizationId() + "/engagements?overdue=true";
        as(t.officer().token()).get(overdue).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.containsInAnyOrder((int) waiting, (int) audited))
                .body("reassessmentOverdue", org.hamcrest.Matchers.everyItem(equalTo(true)));

        AuditFixtures.approvedAudit(t, audited, "post-leak", postLeak(Map.of()));
        as(t.officer().token()).get(overdue).then().statusCode(200).body("id", equalTo(List.of((int) waiting)));
        as(t.officer().token()).get("/api/engagements/" + audited).then().statusCode(200)
                .body("reassessmentOverdue", equalTo(false));
        as(t.officer().token()).get("/api/organizations/" + t.organizationId() + "/engagements").then().statusCode(200)
                .body("size()", equalTo(2));
    }
}
