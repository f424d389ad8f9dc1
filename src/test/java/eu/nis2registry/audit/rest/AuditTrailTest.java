package eu.nis2registry.audit.rest;

import eu.nis2registry.audit.rest.AuditFixtures.Tenant;
import eu.nis2registry.security.trail.TrailEntry;
import eu.nis2registry.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static eu.nis2registry.audit.rest.AuditFixtures.answer;
import static eu.nis2registry.audit.rest.AuditFixtures.postLeak;
import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/** Every state change of an audit leaves an entry in the trail (who, what, before, after); the API cannot edit it. */
@QuarkusTest
class AuditTrailTest {

    private static List<TrailEntry> trailOf(String entityType, long id) {
        return QuarkusTransaction.requiringNew().call(() -> TrailEntry.list("entityType = ?1 and entityId = ?2",
                Sort.by("seq"), entityType, id));
    }

    @Test
    void everyStepOfTheWorkflowIsInTheTrail() {
        Tenant t = AuditFixtures.tenant("AZ Trail");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        String officer = t.officer().username();
        String ciso = t.ciso().username();

        long audit = AuditFixtures.start(t.officer().token(), engagement, "post-leak");
        AuditFixtures.save(t.officer().token(), audit, postLeak(Map.of("leak-csirt-notified", "NO")));
        long evidence = AuditFixtures.uploadText(t.officer().token(), audit, "leak-mfa", "MFA policy");
        AuditFixtures.submit(t.officer().token(), audit);
        AuditFixtures.review(t.ciso().token(), audit, "REJECT", "Notify the CSIRT first");
        AuditFixtures.save(t.officer().token(), audit, Map.of("leak-csirt-notified", answer("YES")));
        as(t.officer().token()).delete("/api/audits/" + audit + "/evidence/" + evidence).then().statusCode(204);
        AuditFixtures.submit(t.officer().token(), audit);
        AuditFixtures.review(t.ciso().token(), audit, "APPROVE", "Good");

        List<TrailEntry> entries = trailOf("Audit", audit);
        assertThat(entries).extracting(e -> e.action).containsExactly("AUDIT_STARTED", "AUDIT_ANSWERED", "EVIDENCE_ADDED",
                "AUDIT_SUBMITTED", "AUDIT_REJECTED", "AUDIT_ANSWERED", "EVIDENCE_REMOVED", "AUDIT_SUBMITTED", "AUDIT_APPROVED");
        assertThat(entries).extracting(e -> e.actor).containsExactly(officer, officer, officer, officer, ciso, officer,
                officer, officer, ciso);
        assertThat(entries).extracting(e -> e.organizationId).containsOnly(t.organizationId());
        assertThat(entries).allSatisfy(e -> assertThat(e.occurredAt).isNotNull());

        JsonPath rework = JsonPath.from(entries.get(5).details);
        assertThat(rework.getString("before.status")).isEqualTo("REJECTED");
        assertThat(rework.getString("before.answers.leak-csirt-notified")).isEqualTo("NO");
        assertThat(rework.getString("after.status")).isEqualTo("DRAFT");
        assertThat(rework.getString("after.answers.leak-csirt-notified")).isEqualTo("YES");
        JsonPath approval = JsonPath.from(entries.get(8).details);
        assertThat(approval.getString("before.status")).isEqualTo("SUBMITTED");
        assertThat(approval.getString("after.status")).isEqualTo("APPROVED");
        assertThat(approval.getString("after.reviewer")).isEqualTo(ciso);
        assertThat(JsonPath.from(entries.get(2).details).getString("after.sha256")).hasSize(64);

        // Chained: each entry names the hash of the entry just before it in the whole trail.
        for (TrailEntry entry : entries) {
            List<TrailEntry> previous = QuarkusTransaction.requiringNew().call(() -> TrailEntry.list("seq", entry.seq - 1));
            assertThat(previous).singleElement().satisfies(p -> assertThat(p.hash).isEqualTo(entry.prevHash));
        }
    }

    @Test
    void theApiHasNoWayToChangeTheTrail() {
        JsonPath openApi = Api.anonymous().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        assertThat(paths).isNotEmpty();
        // The trail can be read and verified, never written: no operation but GET on any trail path.
        paths.forEach((path, operations) -> {
            if (path.toLowerCase().contains("trail")) {
                assertThat(operations.keySet()).as(path).containsOnly("get");
            }
        });
        for (String path : List.of("/api/trail", "/api/audit-trail", "/api/audits/trail")) {
            for (String method : List.of("POST", "PUT", "DELETE")) {
                assertThat(as(Api.admin()).request(method, path).statusCode()).as(method + " " + path).isIn(404, 405);
            }
        }
    }
}
