package eu.nis2registry.audit.rest;

import eu.nis2registry.audit.rest.AuditFixtures.Tenant;
import eu.nis2registry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static eu.nis2registry.audit.rest.AuditFixtures.postLeak;
import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claimed versus observed (SCORING.md item 6): the newest approved audit claims MFA everywhere, yet stealer logs
 * of the supplier's own hosts are newer than its approval: a CLAIM_CONTRADICTED factor and one finding on the audit.
 */
@QuarkusTest
class ClaimContradictedTest {

    private static final String STEALER_DATA = "HEALTH";

    /** A stealer-log CSV with one new credential per date, on the supplier's own portal. */
    private static byte[] stealerLog(Tenant t, LocalDate... compromisedOn) {
        StringBuilder csv = new StringBuilder("url,login,password,compromised_at\n");
        for (int i = 0; i < compromisedOn.length; i++) {
            csv.append("https://portal.").append(t.supplierDomain()).append("/login,technician").append(i).append('@')
                    .append(t.supplierDomain()).append(',').append(Api.unique("Winter")).append(',').append(compromisedOn[i])
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Imports as the tenant's CISO and waits until the engagement's risk has been recomputed after it. */
    private static JsonPath importAndRescore(Tenant t, long engagement, byte[] csv) {
        String before = risk(t, engagement).getString("computedAt");
        long id = as(t.ciso().token()).contentType("application/octet-stream").body(csv)
                .post("/api/leak-imports?format=CSV&source=test-feed&kind=STEALER_LOG")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        JsonPath job = waitFor(() -> as(t.ciso().token()).get("/api/leak-imports/" + id).then().statusCode(200)
                .extract().jsonPath(), j -> List.of("COMPLETED", "FAILED").contains(j.getString("status")));
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        assertThat(job.getInt("accepted")).as(job.prettify()).isPositive();
        return waitFor(() -> risk(t, engagement), r -> !r.getString("computedAt").equals(before));
    }

    private static JsonPath risk(Tenant t, long engagement) {
        return as(t.officer().token()).get("/api/engagements/" + engagement + "/risk").then().statusCode(200)
                .extract().jsonPath();
    }

    private static JsonPath waitFor(java.util.function.Supplier<JsonPath> read, Predicate<JsonPath> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonPath last = read.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not done within 60 s: " + last.prettify());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = read.get();
        }
        return last;
    }

    private static List<String> factors(JsonPath risk) {
        return risk.getList("factors.code");
    }

    private static List<Map<String, Object>> claimFindings(Tenant t, long audit) {
        return AuditFixtures.audit(t.officer().token(), audit).getList("findings.findAll { it.source == 'CLAIM_CONTRADICTED' }");
    }

    private static LocalDate approvedOn(Tenant t, long audit) {
        return LocalDate.ofInstant(Instant.parse(AuditFixtures.audit(t.officer().token(), audit).getString("reviewedAt")),
                ZoneOffset.UTC);
    }

    @Test
    void theNis2MfaClaimContradictedByNewerStealerLogsOpensOneFindingOnTheAudit() {
        Tenant t = AuditFixtures.tenant("AZ Claim");
        List<String> data = List.of(STEALER_DATA);
        long engagement = AuditFixtures.engagement(t, "PRIVILEGED", data, "CRITICAL");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "nis2-supplier-security");
        AuditFixtures.answerCompliant(t.officer(), audit, "nis2-supplier-security", "PRIVILEGED", data, "CRITICAL");
        AuditFixtures.submit(t.officer().token(), audit);
        AuditFixtures.review(t.ciso().token(), audit, "APPROVE", "MFA shown in a demo");
        assertThat(factors(risk(t, engagement))).doesNotContain("CLAIM_CONTRADICTED");
        assertThat(claimFindings(t, audit)).isEmpty();

        LocalDate after = approvedOn(t, audit).plusDays(1);
        JsonPath risk = importAndRescore(t, engagement, stealerLog(t, after));
        assertThat(factors(risk)).contains("CLAIM_CONTRADICTED").doesNotContain("STEALER_LOGS_WITHOUT_MFA");
        List<Map<String, Object>> findings = claimFindings(t, audit);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f).containsEntry("severity", "CRITICAL").containsEntry("status", "OPEN")
                    .containsEntry("auditId", (int) audit).containsEntry("engagementId", (int) engagement);
            assertThat(f.get("owner")).isEqualTo(t.ciso().username());
        });

        // More leaks of the same kind: still one finding.
        importAndRescore(t, engagement, stealerLog(t, after, after.plusDays(1)));
        assertThat(claimFindings(t, audit)).hasSize(1);
        as(t.officer().token()).get("/api/organizations/" + t.organizationId() + "/findings").then().statusCode(200)
                .body("findAll { it.source == 'CLAIM_CONTRADICTED' }.size()", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void thePostLeakMfaClaimCountsTooAndAnAcceptedFindingIsNotOpenedAgain() {
        Tenant t = AuditFixtures.tenant("AZ Post-leak Claim");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.approvedAudit(t, engagement, "post-leak", postLeak(Map.of("leak-mfa", "YES")));

        LocalDate after = approvedOn(t, audit).plusDays(1);
        assertThat(factors(importAndRescore(t, engagement, stealerLog(t, after)))).contains("CLAIM_CONTRADICTED");
        long finding = ((Number) claimFindings(t, audit).get(0).get("id")).longValue();
        as(t.ciso().token()).body(Map.of("status", "ACCEPTED", "note", "Supplier replaced; contract ends in May"))
                .put("/api/findings/" + finding).then().statusCode(200);

        importAndRescore(t, engagement, stealerLog(t, after.plusDays(2)));
        assertThat(claimFindings(t, audit)).singleElement().satisfies(f -> assertThat(f).containsEntry("status", "ACCEPTED"));
    }

    @Test
    void noContradictionWithoutAClaimOrWithLeaksOlderThanTheAudit() {
        Tenant t = AuditFixtures.tenant("AZ No Claim");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.approvedAudit(t, engagement, "post-leak", postLeak(Map.of("leak-mfa", "PARTIAL")));
        JsonPath risk = importAndRescore(t, engagement, stealerLog(t, approvedOn(t, audit).plusDays(1)));
        assertThat(factors(risk)).contains("STEALER_LOGS_WITHOUT_MFA").doesNotContain("CLAIM_CONTRADICTED");
        assertThat(claimFindings(t, audit)).isEmpty();

        Tenant older = AuditFixtures.tenant("AZ Old Leak");
        long olderEngagement = AuditFixtures.engagement(older, "USER", List.of("PERSONAL"), "HIGH");
        long olderAudit = AuditFixtures.approvedAudit(older, olderEngagement, "post-leak", postLeak(Map.of()));
        JsonPath olderRisk = importAndRescore(older, olderEngagement,
                stealerLog(older, approvedOn(older, olderAudit).minusDays(3)));
        assertThat(factors(olderRisk)).doesNotContain("CLAIM_CONTRADICTED", "STEALER_LOGS_WITHOUT_MFA");
        assertThat(claimFindings(older, olderAudit)).isEmpty();
    }
}
