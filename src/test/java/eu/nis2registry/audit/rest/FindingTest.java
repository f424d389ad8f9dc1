package eu.nis2registry.audit.rest;

import eu.nis2registry.audit.rest.AuditFixtures.Tenant;
import eu.nis2registry.security.trail.TrailEntry;
import eu.nis2registry.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.audit.rest.AuditFixtures.postLeak;
import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Findings of an approved audit: listed per organisation, resolved by an officer, accepted only by a CISO with a reason. */
@QuarkusTest
class FindingTest {

    /** An approved post-leak audit with a CRITICAL, a HIGH and a MEDIUM finding; returns the findings by question. */
    private static Map<String, Long> findings(Tenant t) {
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        Map<String, Object> changes = new HashMap<>();
        changes.put("leak-passwords-reset", "PARTIAL");
        changes.put("leak-backups-restore-tested", "NO");
        changes.put("leak-intrusion-scan", "PARTIAL");
        long audit = AuditFixtures.approvedAudit(t, engagement, "post-leak", postLeak(changes));
        JsonPath view = AuditFixtures.audit(t.officer().token(), audit);
        Map<String, Long> ids = new HashMap<>();
        for (String question : changes.keySet()) {
            ids.put(question, ((Number) AuditWorkflowTest.finding(view, question).get("id")).longValue());
        }
        return ids;
    }

    private static String list(Tenant t, String query) {
        return "/api/organizations/" + t.organizationId() + "/findings" + query;
    }

    @Test
    void theOrganisationsFindingsAreListedByDueDateAndFilteredByStatus() {
        Tenant t = AuditFixtures.tenant("AZ Findings");
        Map<String, Long> ids = findings(t);
        JsonPath all = as(t.officer().token()).get(list(t, "")).then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("severity")).containsExactly("CRITICAL", "HIGH", "MEDIUM");
        assertThat(all.getList("status")).containsOnly("OPEN");
        assertThat(all.getList("overdue")).containsOnly(false);

        as(t.officer().token()).body(Map.of("status", "RESOLVED", "note", "Backups restore-tested on 3 June"))
                .put("/api/findings/" + ids.get("leak-backups-restore-tested"))
                .then().statusCode(200).body("status", equalTo("RESOLVED"))
                .body("closedBy", equalTo(t.officer().username()))
                .body("closingNote", equalTo("Backups restore-tested on 3 June"));

        as(t.officer().token()).get(list(t, "?status=RESOLVED")).then().statusCode(200)
                .body("id", equalTo(List.of(ids.get("leak-backups-restore-tested").intValue())));
        as(t.officer().token()).get(list(t, "?status=OPEN")).then().statusCode(200).body("size()", equalTo(2));
        as(t.officer().token()).get(list(t, "?status=ACCEPTED")).then().statusCode(200).body("size()", equalTo(0));
        as(t.officer().token()).get(list(t, "?status=SOMETHING")).then().spec(Api.error(400, "bad_request"))
                .body("details.field", hasItem("status"));
    }

    @Test
    void anOpenFindingPastItsDueDateIsFlaggedOverdue() {
        Tenant t = AuditFixtures.tenant("AZ Overdue");
        Map<String, Long> ids = findings(t);
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        long late = ids.get("leak-intrusion-scan");
        as(t.officer().token()).body(Map.of("status", "OPEN", "dueDate", yesterday.toString(), "owner", "Supplier's CISO"))
                .put("/api/findings/" + late).then().statusCode(200)
                .body("overdue", equalTo(true)).body("owner", equalTo("Supplier's CISO"));
        as(t.officer().token()).get(list(t, "?overdue=true")).then().statusCode(200)
                .body("id", equalTo(List.of((int) late))).body("[0].overdue", equalTo(true));

        // Resolved, a finding is no longer overdue, whatever its date.
        as(t.officer().token()).body(Map.of("status", "RESOLVED", "note", "Scan done")).put("/api/findings/" + late)
                .then().statusCode(200).body("overdue", equalTo(false));
        as(t.officer().token()).get(list(t, "?overdue=true")).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void acceptingARiskNeedsACisoAndAReason() {
        Tenant t = AuditFixtures.tenant("AZ Accept");
        long finding = findings(t).get("leak-passwords-reset");

        as(t.officer().token()).body(Map.of("status", "ACCEPTED", "note", "We live with it"))
                .put("/api/findings/" + finding).then().spec(Api.error(403, "ciso_required"));
        as(t.ciso().token()).body(Map.of("status", "ACCEPTED")).put("/api/findings/" + finding)
                .then().spec(Api.error(422, "validation_failed")).body("details.field", hasItem("note"));
        as(t.ciso().token()).body(Map.of("status", "ACCEPTED", "note", "  ")).put("/api/findings/" + finding)
                .then().statusCode(422);
        as(t.officer().token()).get("/api/findings/" + finding).then().statusCode(200).body("status", equalTo("OPEN"));

        as(t.ciso().token()).body(Map.of("status", "ACCEPTED", "note", "Service retired in two months"))
                .put("/api/findings/" + finding).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("closedBy", equalTo(t.ciso().username()))
                .body("closingNote", equalTo("Service retired in two months"));
    }

    @Test
    void everyChangeOfAFindingIsInTheTrailWithBeforeAndAfter() {
        Tenant t = AuditFixtures.tenant("AZ Finding Trail");
        long finding = findings(t).get("leak-backups-restore-tested");
        as(t.officer().token()).body(Map.of("status", "OPEN", "owner", "Service manager")).put("/api/findings/" + finding)
                .then().statusCode(200);
        as(t.officer().token()).body(Map.of("status", "RESOLVED", "note", "Tested")).put("/api/findings/" + finding)
                .then().statusCode(200);

        List<TrailEntry> entries = QuarkusTransaction.requiringNew().call(() -> TrailEntry.list(
                "entityType = ?1 and entityId = ?2", Sort.by("seq"), "Finding", finding));
        assertThat(entries).extracting(e -> e.action).containsExactly("FINDING_UPDATED", "FINDING_UPDATED");
        assertThat(entries).extracting(e -> e.actor).containsOnly(t.officer().username());
        assertThat(entries).extracting(e -> e.organizationId).containsOnly(t.organizationId());
        JsonPath first = JsonPath.from(entries.get(0).details);
        assertThat(first.getString("before.owner")).isEqualTo(t.officer().username());
        assertThat(first.getString("after.owner")).isEqualTo("Service manager");
        JsonPath second = JsonPath.from(entries.get(1).details);
        assertThat(second.getString("before.status")).isEqualTo("OPEN");
        assertThat(second.getString("after.status")).isEqualTo("RESOLVED");
    }
}
