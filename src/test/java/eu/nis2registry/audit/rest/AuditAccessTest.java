package eu.nis2registry.audit.rest;

import eu.nis2registry.audit.rest.AuditFixtures.Tenant;
import eu.nis2registry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static eu.nis2registry.audit.rest.AuditFixtures.answer;
import static eu.nis2registry.audit.rest.AuditFixtures.postLeak;
import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Roles and organisation scope on every audit endpoint: 401 without a token, 403 for a wrong role, 404 outside scope. */
@QuarkusTest
class AuditAccessTest {

    /** One approved audit with evidence and findings, one draft, and their ids. */
    private record Setting(Tenant tenant, long engagement, long approved, long draft, long evidence, long finding) {
    }

    private static Setting setting(String name) {
        Tenant t = AuditFixtures.tenant(name);
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long approved = AuditFixtures.start(t.officer().token(), engagement, "post-leak");
        AuditFixtures.save(t.officer().token(), approved, postLeak(Map.of("leak-intrusion-scan", "NO")));
        long evidence = AuditFixtures.uploadText(t.officer().token(), approved, "leak-intrusion-scan", "report");
        AuditFixtures.submit(t.officer().token(), approved);
        AuditFixtures.review(t.ciso().token(), approved, "APPROVE", "ok");
        long finding = AuditFixtures.audit(t.officer().token(), approved).getLong("findings[0].id");
        long draft = AuditFixtures.start(t.officer().token(), engagement, "post-leak-fr");
        return new Setting(t, engagement, approved, draft, evidence, finding);
    }

    /** Every read of the setting's records, as a request of the given client. */
    private static Map<String, Function<RequestSpecification, Response>> reads(Setting s) {
        Map<String, Function<RequestSpecification, Response>> reads = new LinkedHashMap<>();
        reads.put("audit", r -> r.get("/api/audits/" + s.approved()));
        reads.put("draft", r -> r.get("/api/audits/" + s.draft()));
        reads.put("evidence", r -> r.get("/api/audits/" + s.approved() + "/evidence/" + s.evidence()));
        reads.put("xlsx", r -> r.get("/api/audits/" + s.approved() + "/xlsx"));
        reads.put("finding", r -> r.get("/api/findings/" + s.finding()));
        reads.put("engagement audits", r -> r.get("/api/engagements/" + s.engagement() + "/audits"));
        reads.put("organisation audits", r -> r.get("/api/organizations/" + s.tenant().organizationId() + "/audits"));
        reads.put("organisation findings", r -> r.get("/api/organizations/" + s.tenant().organizationId() + "/findings"));
        return reads;
    }

    /** Every write on the setting's draft (and its findings), as a request of the given client. */
    private static Map<String, Function<RequestSpecification, Response>> writes(Setting s) {
        Map<String, Function<RequestSpecification, Response>> writes = new LinkedHashMap<>();
        writes.put("start", r -> r.body(Map.of("questionnaireKey", "nis2-supplier-security"))
                .post("/api/engagements/" + s.engagement() + "/audits"));
        writes.put("answers", r -> r.body(Map.of("answers", Map.of("leak-mfa", answer("YES"))))
                .put("/api/audits/" + s.draft() + "/answers"));
        writes.put("submit", r -> r.post("/api/audits/" + s.draft() + "/submit"));
        writes.put("review", r -> r.body(Map.of("decision", "APPROVE", "comment", "x")).post("/api/audits/" + s.draft() + "/review"));
        writes.put("evidence upload", r -> AuditFixtures.multipart(r, "leak-mfa", "a.txt", "text".getBytes(), "text/plain")
                .post("/api/audits/" + s.draft() + "/evidence"));
        writes.put("evidence delete", r -> r.delete("/api/audits/" + s.approved() + "/evidence/" + s.evidence()));
        writes.put("xlsx import", r -> r.contentType(AuditXlsxTest.XLSX).body(new byte[] {1, 2, 3})
                .put("/api/audits/" + s.draft() + "/xlsx"));
        writes.put("finding", r -> r.body(Map.of("status", "RESOLVED", "note", "x")).put("/api/findings/" + s.finding()));
        return writes;
    }

    @Test
    void anAuditorReadsEverythingInScopeAndWritesNothing() {
        Setting s = setting("AZ Auditor");
        Api.User auditor = Api.user("AUDITOR", List.of(s.tenant().organizationId()));
        reads(s).forEach((what, read) -> assertThat(read.apply(as(auditor.token())).statusCode()).as(what).isEqualTo(200));
        writes(s).forEach((what, write) -> write.apply(as(auditor.token())).then().statusCode(403));
        assertThat(AuditFixtures.audit(s.tenant().officer().token(), s.draft()).getMap("answers")).isEmpty();
        assertThat(AuditFixtures.audit(s.tenant().officer().token(), s.approved()).getList("evidence")).hasSize(1);
    }

    @Test
    void anAdminReadsEveryOrganisationButCannotStartOrAnswerAudits() {
        Setting s = setting("AZ Admin");
        reads(s).forEach((what, read) -> assertThat(read.apply(as(Api.admin())).statusCode()).as(what).isEqualTo(200));
        as(Api.admin()).body(Map.of("questionnaireKey", "nis2-supplier-security"))
                .post("/api/engagements/" + s.engagement() + "/audits").then().statusCode(403);
        writes(s).forEach((what, write) -> assertThat(write.apply(as(Api.admin())).statusCode()).as(what).isEqualTo(403));
    }

    @Test
    void anotherOrganisationsRecordsAnswerExactlyLikeUnknownOnes() {
        Setting s = setting("AZ Private");
        Tenant stranger = AuditFixtures.tenant("AZ Stranger");
        Setting unknown = new Setting(s.tenant(), Long.MAX_VALUE - 1, Long.MAX_VALUE - 2, Long.MAX_VALUE - 3,
                Long.MAX_VALUE - 4, Long.MAX_VALUE - 5);
        Map<String, Function<RequestSpecification, Response>> unknownReads = reads(unknown);
        Map<String, Function<RequestSpecification, Response>> unknownWrites = writes(unknown);

        for (Api.User user : List.of(stranger.officer(), stranger.ciso())) {
            reads(s).forEach((what, read) -> {
                Response seen = read.apply(as(user.token()));
                if (what.startsWith("organisation")) {
                    assertThat(seen.statusCode()).as(what).isEqualTo(404);
                    return;
                }
                Response none = unknownReads.get(what).apply(as(user.token()));
                assertThat(seen.statusCode()).as(what).isEqualTo(404);
                assertThat(seen.asString()).as(what).isEqualTo(none.asString());
            });
            writes(s).forEach((what, write) -> {
                Response seen = write.apply(as(user.token()));
                assertThat(seen.statusCode()).as(what).isEqualTo(404);
                assertThat(seen.asString()).as(what).isEqualTo(unknownWrites.get(what).apply(as(user.token())).asString());
            });
        }
        // Nothing leaked into the other organisation's lists either.
        as(stranger.officer().token()).get("/api/organizations/" + stranger.organizationId() + "/findings")
                .then().statusCode(200).body("size()", equalTo(0));
        as(stranger.officer().token()).get("/api/organizations/" + stranger.organizationId() + "/audits")
                .then().statusCode(200).body("size()", equalTo(0));
        // The records are untouched.
        assertThat(AuditFixtures.audit(s.tenant().officer().token(), s.draft()).getMap("answers")).isEmpty();
        assertThat(AuditFixtures.audit(s.tenant().officer().token(), s.approved()).getString("findings[0].status"))
                .isEqualTo("OPEN");
    }

    @Test
    void withoutATokenEveryEndpointAnswers401() {
        Setting s = setting("AZ Anonymous");
        reads(s).forEach((what, read) -> assertThat(read.apply(Api.anonymous()).statusCode()).as(what).isEqualTo(401));
        writes(s).forEach((what, write) -> assertThat(write.apply(Api.anonymous()).statusCode()).as(what).isEqualTo(401));
        for (String path : List.of("/api/questionnaires", "/api/questionnaires/post-leak", "/api/questionnaires/problems")) {
            Api.anonymous().get(path).then().statusCode(401);
        }
        Api.anonymous().post("/api/questionnaires/reload").then().statusCode(401);
        Api.anonymous().header("Authorization", "Bearer not-a-token").get("/api/audits/" + s.approved()).then().statusCode(401);
    }
}
