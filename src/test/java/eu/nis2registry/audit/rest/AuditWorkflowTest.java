package eu.nis2registry.audit.rest;

import eu.nis2registry.audit.rest.AuditFixtures.Tenant;
import eu.nis2registry.support.Api;
import eu.nis2registry.support.Concurrently;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static eu.nis2registry.audit.rest.AuditFixtures.answer;
import static eu.nis2registry.audit.rest.AuditFixtures.postLeak;
import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The fill, submit, review and approve workflow of API.md, with the four-eyes rule and immutability. */
@QuarkusTest
class AuditWorkflowTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void draftIsAnsweredSubmittedAndApprovedBySecondPerson() {
        long org = Api.createOrganization(Api.unique("AZ Workflow"), Api.unique("wf") + ".example");
        long supplier = Api.createSupplier(Api.unique("PostLeak"), Api.unique("pl") + ".example");
        Api.User officer = Api.user("COMPLIANCE_OFFICER", List.of(org));
        Api.User ciso = Api.user("CISO", List.of(org));
        long engagement = Api.createEngagement(officer.token(), org, supplier, "USER", List.of("HEALTH"));

        long audit = as(officer.token()).body(Map.of("questionnaireKey", "post-leak"))
                .post("/api/engagements/" + engagement + "/audits")
                .then().statusCode(201).body("status", equalTo("DRAFT"))
                .body("questionnaireVersion", equalTo(1)).extract().jsonPath().getLong("id");

        JsonPath definition = as(officer.token()).get("/api/questionnaires/post-leak").then().statusCode(200)
                .extract().jsonPath();
        List<String> ids = definition.getList("sections.questions.flatten().id");
        List<String> types = definition.getList("sections.questions.flatten().type");
        Map<String, Object> answers = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Object value = switch (types.get(i)) {
                case "YES_NO" -> "YES";
                case "TEXT" -> "Infected laptop of a support technician, rebuilt.";
                case "SCALE" -> 3;
                default -> "NOT_APPLICABLE";
            };
            answers.put(ids.get(i), Map.of("value", value));
        }
        as(officer.token()).body(Map.of("answers", answers)).put("/api/audits/" + audit + "/answers")
                .then().statusCode(200).body("progress.requiredUnanswered", equalTo(0));

        as(officer.token()).post("/api/audits/" + audit + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        as(officer.token()).body(Map.of("decision", "APPROVE", "comment", "self")).post("/api/audits/" + audit + "/review")
                .then().statusCode(403).body("error", equalTo("four_eyes_required"));
        as(ciso.token()).body(Map.of("decision", "APPROVE", "comment", "Checked with the supplier"))
                .post("/api/audits/" + audit + "/review")
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("score", greaterThan(0f))
                .body("reviewedBy", equalTo(ciso.username())).body("submittedBy", equalTo(officer.username()));
        as(officer.token()).body(Map.of("answers", Map.of(ids.get(0), Map.of("value", "NO"))))
                .put("/api/audits/" + audit + "/answers").then().statusCode(409);
        as(officer.token()).get("/api/engagements/" + engagement).then().statusCode(200)
                .body("lastAuditApprovedAt", notNullValue()).body("reassessmentOverdue", equalTo(false));
        as(officer.token()).get("/api/audits/" + audit + "/xlsx").then().statusCode(200);
    }

    @Test
    void listsEveryUnknownQuestionAndWrongValue() {
        long org = Api.createOrganization(Api.unique("AZ Bad"), Api.unique("bad") + ".example");
        long supplier = Api.createSupplier(Api.unique("Bad"), Api.unique("bad") + ".example");
        Api.User officer = Api.user("COMPLIANCE_OFFICER", List.of(org));
        long engagement = Api.createEngagement(officer.token(), org, supplier, "USER", List.of("PERSONAL"));
        long audit = as(officer.token()).body(Map.of("questionnaireKey", "post-leak"))
                .post("/api/engagements/" + engagement + "/audits").then().statusCode(201).extract().jsonPath().getLong("id");
        as(officer.token()).body(Map.of("answers", Map.of("no-such-question", Map.of("value", "YES"),
                        "leak-passwords-reset", Map.of("value", 7))))
                .put("/api/audits/" + audit + "/answers")
                .then().statusCode(422)
                .body("details.questionId", hasItem("no-such-question"))
                .body("details.questionId", hasItem("leak-passwords-reset"));
        as(officer.token()).post("/api/audits/" + audit + "/submit").then().statusCode(422)
                .body("details.questionId", hasItem("leak-passwords-reset"));
    }

    @Test
    void aBatchWithOneBadAnswerStoresNoneOfIt() {
        Tenant t = AuditFixtures.tenant("AZ Batch");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "post-leak");
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("leak-passwords-reset", answer("YES"));
        batch.put("leak-sessions-revoked", answer("MAYBE"));
        batch.put("leak-timeline", answer(12));
        as(t.officer().token()).body(Map.of("answers", batch)).put("/api/audits/" + audit + "/answers")
                .then().statusCode(422)
                .body("details.questionId", containsInAnyOrder("leak-sessions-revoked", "leak-timeline"));

        assertThat(AuditFixtures.audit(t.officer().token(), audit).getMap("answers")).isEmpty();
    }

    @Test
    void partialSavesMergeAndANullValueRemovesAnAnswer() {
        Tenant t = AuditFixtures.tenant("AZ Merge");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "post-leak");

        AuditFixtures.save(t.officer().token(), audit, Map.of("leak-passwords-reset", answer("YES")));
        JsonPath second = AuditFixtures.save(t.ciso().token(), audit,
                Map.of("leak-sessions-revoked", answer("PARTIAL", "Only the staff sessions so far")));
        assertThat(second.getString("answers.leak-passwords-reset.value")).isEqualTo("YES");
        assertThat(second.getString("answers.leak-passwords-reset.answeredBy")).isEqualTo(t.officer().username());
        assertThat(second.getString("answers.leak-sessions-revoked.value")).isEqualTo("PARTIAL");
        assertThat(second.getString("answers.leak-sessions-revoked.comment")).isEqualTo("Only the staff sessions so far");
        assertThat(second.getString("answers.leak-sessions-revoked.answeredBy")).isEqualTo(t.ciso().username());
        assertThat(second.getInt("progress.answered")).isEqualTo(2);

        JsonPath third = AuditFixtures.save(t.officer().token(), audit, Map.of("leak-passwords-reset", answer(null),
                "leak-sessions-revoked", answer("YES")));
        assertThat(third.getMap("answers")).containsOnlyKeys("leak-sessions-revoked");
        assertThat(third.getString("answers.leak-sessions-revoked.value")).isEqualTo("YES");
        assertThat(third.getInt("progress.answered")).isEqualTo(1);
        assertThat(third.getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void submittingListsEveryRequiredQuestionStillUnanswered() {
        Tenant t = AuditFixtures.tenant("AZ Missing");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "post-leak");
        Map<String, Object> all = postLeak(Map.of());
        Set<String> missing = Set.of("leak-mfa", "leak-timeline", "leak-csirt-notified");
        Map<String, Object> some = new LinkedHashMap<>(all);
        missing.forEach(some::remove);
        AuditFixtures.save(t.officer().token(), audit, some);

        List<String> named = as(t.officer().token()).post("/api/audits/" + audit + "/submit")
                .then().statusCode(422).body("error", equalTo("validation_failed"))
                .extract().jsonPath().getList("details.questionId");
        assertThat(named).containsExactlyInAnyOrderElementsOf(missing);
        assertThat(AuditFixtures.audit(t.officer().token(), audit).getString("status")).isEqualTo("DRAFT");
        assertThat(AuditFixtures.audit(t.officer().token(), audit).getInt("progress.requiredUnanswered")).isEqualTo(3);

        AuditFixtures.save(t.officer().token(), audit, all);
        assertThat(AuditFixtures.submit(t.officer().token(), audit).getString("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void anAnswerThatClaimsAMeasureNeedsEvidenceAndANegativeOneDoesNot() {
        Tenant t = AuditFixtures.tenant("AZ Evidence");
        List<String> data = List.of("HEALTH");
        long engagement = AuditFixtures.engagement(t, "PRIVILEGED", data, "CRITICAL");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "nis2-supplier-security");
        AuditFixtures.answerCompliant(t.officer(), audit, "nis2-supplier-security", "PRIVILEGED", data, "CRITICAL");

        JsonPath view = AuditFixtures.audit(t.officer().token(), audit);
        assertThat(view.getInt("progress.requiredUnanswered")).isZero();
        long certificate = view.getList("evidence", Map.class).stream()
                .filter(e -> "assurance-certification".equals(e.get("questionId")))
                .map(e -> ((Number) e.get("id")).longValue()).findFirst().orElseThrow();
        as(t.officer().token()).delete("/api/audits/" + audit + "/evidence/" + certificate).then().statusCode(204);

        List<String> named = as(t.officer().token()).post("/api/audits/" + audit + "/submit")
                .then().statusCode(422).extract().jsonPath().getList("details.questionId");
        assertThat(named).containsExactly("assurance-certification");

        // No certification at all: nothing to prove, so no evidence is asked for.
        AuditFixtures.save(t.officer().token(), audit, Map.of("assurance-certification", answer("NONE")));
        assertThat(AuditFixtures.submit(t.officer().token(), audit).getString("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void onlyASubmittedAuditCanBeReviewedAndNeverByItsSubmitter() {
        Tenant t = AuditFixtures.tenant("AZ Four Eyes");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "post-leak");
        AuditFixtures.save(t.officer().token(), audit, postLeak(Map.of()));

        as(t.ciso().token()).body(Map.of("decision", "APPROVE", "comment", "too early")).post("/api/audits/" + audit + "/review")
                .then().spec(Api.error(409, "audit_not_submitted"));

        // The CISO submits this time: the CISO may not review it, the officer may.
        AuditFixtures.submit(t.ciso().token(), audit);
        for (String decision : List.of("APPROVE", "REJECT")) {
            as(t.ciso().token()).body(Map.of("decision", decision, "comment", "my own work"))
                    .post("/api/audits/" + audit + "/review").then().spec(Api.error(403, "four_eyes_required"));
        }
        assertThat(AuditFixtures.audit(t.ciso().token(), audit).getString("status")).isEqualTo("SUBMITTED");
        assertThat(AuditFixtures.audit(t.ciso().token(), audit).getList("reviews")).isEmpty();

        JsonPath approved = AuditFixtures.review(t.officer().token(), audit, "APPROVE", "Second pair of eyes");
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getString("submittedBy")).isEqualTo(t.ciso().username());
        assertThat(approved.getString("reviewedBy")).isEqualTo(t.officer().username());
    }

    @Test
    void aRejectionNeedsAReasonIsKeptAndTheAuditIsReworkedAndResubmitted() {
        Tenant t = AuditFixtures.tenant("AZ Reject");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "post-leak");
        AuditFixtures.save(t.officer().token(), audit, postLeak(Map.of()));
        AuditFixtures.submit(t.officer().token(), audit);

        as(t.ciso().token()).body(Map.of("decision", "REJECT")).post("/api/audits/" + audit + "/review")
                .then().spec(Api.error(422, "validation_failed")).body("details.field", hasItem("comment"));
        as(t.ciso().token()).body(Map.of("decision", "REJECT", "comment", "   ")).post("/api/audits/" + audit + "/review")
                .then().spec(Api.error(422, "validation_failed"));
        assertThat(AuditFixtures.audit(t.ciso().token(), audit).getString("status")).isEqualTo("SUBMITTED");

        JsonPath rejected = AuditFixtures.review(t.ciso().token(), audit, "REJECT", "The CSIRT was never notified; ask again");
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.getString("reviewComment")).isEqualTo("The CSIRT was never notified; ask again");
        assertThat(rejected.getList("findings")).isEmpty();

        JsonPath reworked = AuditFixtures.save(t.officer().token(), audit,
                Map.of("leak-csirt-notified", answer("NO", "Not notified: not a NIS2 entity")));
        assertThat(reworked.getString("status")).isEqualTo("DRAFT");
        assertThat(reworked.getString("reviews[0].comment")).isEqualTo("The CSIRT was never notified; ask again");

        AuditFixtures.submit(t.officer().token(), audit);
        JsonPath approved = AuditFixtures.review(t.ciso().token(), audit, "APPROVE", "Fine now");
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getList("reviews.decision")).containsExactly("REJECT", "APPROVE");
        assertThat(approved.getList("reviews.comment")).containsExactly("The CSIRT was never notified; ask again", "Fine now");
        assertThat(approved.getList("reviews.reviewer")).containsOnly(t.ciso().username());
    }

    @Test
    void anApprovedAuditRefusesEveryWrite() throws Exception {
        Tenant t = AuditFixtures.tenant("AZ Frozen");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "post-leak");
        AuditFixtures.save(t.officer().token(), audit, postLeak(Map.of("leak-intrusion-scan", "PARTIAL")));
        long evidence = AuditFixtures.uploadText(t.officer().token(), audit, "leak-intrusion-scan", "scan report");
        AuditFixtures.submit(t.officer().token(), audit);
        AuditFixtures.review(t.ciso().token(), audit, "APPROVE", "ok");
        JsonPath before = AuditFixtures.audit(t.officer().token(), audit);
        byte[] sheet = as(t.officer().token()).get("/api/audits/" + audit + "/xlsx").then().statusCode(200)
                .extract().asByteArray();

        for (Api.User user : List.of(t.officer(), t.ciso())) {
            String token = user.token();
            as(token).body(Map.of("answers", Map.of("leak-intrusion-scan", answer("YES"))))
                    .put("/api/audits/" + audit + "/answers").then().spec(Api.error(409, "audit_not_editable"));
            as(token).body(Map.of("answers", Map.of("leak-intrusion-scan", answer(null))))
                    .put("/api/audits/" + audit + "/answers").then().statusCode(409);
            as(token).post("/api/audits/" + audit + "/submit").then().statusCode(409);
            as(token).body(Map.of("decision", "REJECT", "comment", "second thoughts"))
                    .post("/api/audits/" + audit + "/review").then().statusCode(409);
            as(token).body(Map.of("decision", "APPROVE", "comment", "again")).post("/api/audits/" + audit + "/review")
                    .then().statusCode(409);
            AuditFixtures.multipart(as(token), "leak-intrusion-scan", "late.txt", "late evidence".getBytes(), "text/plain")
                    .post("/api/audits/" + audit + "/evidence").then().statusCode(409);
            as(token).delete("/api/audits/" + audit + "/evidence/" + evidence).then().statusCode(409);
            as(token).contentType(AuditXlsxTest.XLSX).body(sheet).put("/api/audits/" + audit + "/xlsx").then().statusCode(409);
        }

        JsonPath after = AuditFixtures.audit(t.officer().token(), audit);
        assertThat(after.getMap("answers")).isEqualTo(before.getMap("answers"));
        assertThat(after.getList("evidence")).isEqualTo(before.getList("evidence"));
        assertThat(after.getList("reviews")).hasSize(1);
        assertThat(after.getDouble("score")).isEqualTo(before.getDouble("score"));
        assertThat(after.getString("status")).isEqualTo("APPROVED");
    }

    @Test
    void theScoreCountsPartialAsHalfAndLeavesNotApplicableOut() {
        Tenant t = AuditFixtures.tenant("AZ Score");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        // Weights: passwords 3, sessions 3, machines 3, intrusion scan 2, CSIRT 2, organisations 3, backups 2, MFA 3.
        Map<String, Object> changes = new HashMap<>();
        changes.put("leak-intrusion-scan", "PARTIAL");
        changes.put("leak-csirt-notified", "NOT_APPLICABLE");
        changes.put("leak-backups-restore-tested", "NO");
        long audit = AuditFixtures.approvedAudit(t, engagement, "post-leak", postLeak(changes));

        JsonPath view = AuditFixtures.audit(t.officer().token(), audit);
        // earned 3+3+3+1+3+0+3 = 16 of 3+3+3+2+3+2+3 = 19 (the CSIRT question's 2 left out of both sides)
        assertThat(view.getDouble("score")).isEqualTo(84.2);
        assertThat(view.getList("failedKnockOuts")).isEmpty();
        assertThat(view.getList("findings.questionId"))
                .containsExactlyInAnyOrder("leak-intrusion-scan", "leak-backups-restore-tested");

        LocalDate approvedOn = LocalDate.ofInstant(Instant.parse(view.getString("reviewedAt")), ZoneOffset.UTC);
        Map<String, Object> backups = finding(view, "leak-backups-restore-tested");
        assertThat(backups).containsEntry("severity", "HIGH").containsEntry("status", "OPEN")
                .containsEntry("source", "AUDIT_ANSWER").containsEntry("owner", t.officer().username())
                .containsEntry("dueDate", approvedOn.plusDays(60).toString())
                .containsEntry("engagementId", (int) engagement).containsEntry("overdue", false);
        Map<String, Object> scan = finding(view, "leak-intrusion-scan");
        assertThat(scan).containsEntry("severity", "MEDIUM").containsEntry("dueDate", approvedOn.plusDays(90).toString());
    }

    @Test
    void aFailedKnockOutIsListedAndBecomesACriticalFinding() {
        Tenant t = AuditFixtures.tenant("AZ Knock-out");
        long health = AuditFixtures.engagement(t, "USER", List.of("HEALTH"), "CRITICAL");
        long audit = AuditFixtures.approvedAudit(t, health, "post-leak",
                postLeak(Map.of("leak-mfa", "NO", "leak-passwords-reset", "PARTIAL")));
        JsonPath view = AuditFixtures.audit(t.officer().token(), audit);
        assertThat(view.getList("failedKnockOuts.questionId")).containsExactlyInAnyOrder("leak-mfa", "leak-passwords-reset");
        LocalDate approvedOn = LocalDate.ofInstant(Instant.parse(view.getString("reviewedAt")), ZoneOffset.UTC);
        for (String question : List.of("leak-mfa", "leak-passwords-reset")) {
            assertThat(finding(view, question)).containsEntry("severity", "CRITICAL")
                    .containsEntry("dueDate", approvedOn.plusDays(30).toString());
            assertThat((String) finding(view, question).get("title")).startsWith("Knock-out failed");
        }
        assertThat(view.getList("findings")).hasSize(2);

        // The MFA knock-out counts only for HEALTH data or PRIVILEGED access: here the same NO is an ordinary finding.
        Tenant other = AuditFixtures.tenant("AZ No Knock-out");
        long personal = AuditFixtures.engagement(other, "USER", List.of("PERSONAL"), "CRITICAL");
        long second = AuditFixtures.approvedAudit(other, personal, "post-leak", postLeak(Map.of("leak-mfa", "NO")));
        JsonPath secondView = AuditFixtures.audit(other.officer().token(), second);
        assertThat(secondView.getList("failedKnockOuts")).isEmpty();
        assertThat(finding(secondView, "leak-mfa")).containsEntry("severity", "HIGH");
    }

    @Test
    void conditionalQuestionsApplyOnlyWhereTheEngagementMatches() {
        Tenant t = AuditFixtures.tenant("AZ Conditions");
        List<Map<String, Object>> questions = AuditFixtures.questions(t.officer().token(), "nis2-supplier-security");
        long none = AuditFixtures.engagement(t, "NONE", List.of("PERSONAL"), "MEDIUM");
        long privileged = AuditFixtures.engagement(t, "PRIVILEGED", List.of("PERSONAL"), "MEDIUM");
        long noneAudit = AuditFixtures.start(t.officer().token(), none, "nis2-supplier-security");
        long privilegedAudit = AuditFixtures.start(t.officer().token(), privileged, "nis2-supplier-security");
        long applicableWithoutAccess = questions.stream()
                .filter(q -> AuditFixtures.applies(q, "NONE", List.of("PERSONAL"), "MEDIUM")).count();
        assertThat(applicableWithoutAccess).isLessThan(questions.size());

        assertThat(AuditFixtures.audit(t.officer().token(), noneAudit).getInt("progress.applicable"))
                .isEqualTo((int) applicableWithoutAccess);
        assertThat(AuditFixtures.audit(t.officer().token(), privilegedAudit).getInt("progress.applicable"))
                .isEqualTo(questions.size());

        Map<String, Object> remote = Map.of("priv-remote-access", answer("YES"), "people-access-changes", answer("YES"));
        as(t.officer().token()).body(Map.of("answers", remote)).put("/api/audits/" + noneAudit + "/answers")
                .then().statusCode(422)
                .body("details.questionId", containsInAnyOrder("priv-remote-access", "people-access-changes"));
        assertThat(AuditFixtures.save(t.officer().token(), privilegedAudit, remote).getInt("progress.answered")).isEqualTo(2);

        // Every applicable question answered: the draft without supplier access can be submitted without the others.
        AuditFixtures.answerCompliant(t.officer(), noneAudit, "nis2-supplier-security", "NONE", List.of("PERSONAL"), "MEDIUM");
        JsonPath answered = AuditFixtures.audit(t.officer().token(), noneAudit);
        assertThat(answered.getInt("progress.answered")).isEqualTo((int) applicableWithoutAccess);
        assertThat(answered.getMap("answers")).doesNotContainKeys("priv-remote-access", "people-access-changes");
        assertThat(AuditFixtures.submit(t.officer().token(), noneAudit).getString("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void oneOpenAuditPerQuestionnaireAndOnlyKnownQuestionnaires() {
        Tenant t = AuditFixtures.tenant("AZ Start");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "post-leak");
        as(t.ciso().token()).body(Map.of("questionnaireKey", "post-leak")).post("/api/engagements/" + engagement + "/audits")
                .then().spec(Api.error(409, "audit_open")).body("details[0].id", equalTo((int) audit));
        as(t.ciso().token()).body(Map.of("questionnaireKey", "no-such-questionnaire"))
                .post("/api/engagements/" + engagement + "/audits")
                .then().spec(Api.error(422, "validation_failed")).body("details.field", hasItem("questionnaireKey"));
        // Another questionnaire may run beside it.
        long other = AuditFixtures.start(t.ciso().token(), engagement, "post-leak-nl");
        JsonPath view = AuditFixtures.audit(t.ciso().token(), other);
        assertThat(view.getString("language")).isEqualTo("nl");
        assertThat(view.getString("questionnaireSha256")).hasSize(64);
        as(t.officer().token()).get("/api/engagements/" + engagement + "/audits").then().statusCode(200)
                .body("id", containsInAnyOrder((int) audit, (int) other));
        as(t.officer().token()).get("/api/organizations/" + t.organizationId() + "/audits?status=DRAFT").then()
                .statusCode(200).body("id", containsInAnyOrder((int) audit, (int) other))
                .body("[0]", not(hasKey("answers")));
        as(t.officer().token()).get("/api/organizations/" + t.organizationId() + "/audits?status=WAITING").then()
                .spec(Api.error(400, "bad_request")).body("details.field", hasItem("status"));
    }

    @Test
    void approvalsSentAtOnceApproveOnceAndOpenEachFindingOnce() throws Exception {
        Tenant t = AuditFixtures.tenant("AZ Double Click");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "post-leak");
        AuditFixtures.save(t.officer().token(), audit, postLeak(Map.of("leak-backups-restore-tested", "NO")));
        AuditFixtures.submit(t.officer().token(), audit);

        List<HttpResponse<String>> answers = Concurrently.post(base.resolve("api/audits/" + audit + "/review"),
                t.ciso().token(), "{\"decision\":\"APPROVE\",\"comment\":\"ok\"}", 4);
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 409)
                .filteredOn(status -> status == 200).hasSize(1);
        JsonPath view = AuditFixtures.audit(t.officer().token(), audit);
        assertThat(view.getList("reviews")).hasSize(1);
        assertThat(view.getList("findings.questionId")).containsExactly("leak-backups-restore-tested");
    }

    @Test
    void answersSavedAtOnceAreAllMergedInTurn() throws Exception {
        Tenant t = AuditFixtures.tenant("AZ Save Race");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "post-leak");
        AuditFixtures.save(t.officer().token(), audit, Map.of("leak-mfa", answer("NO")));

        List<HttpResponse<String>> answers = Concurrently.put(base.resolve("api/audits/" + audit + "/answers"),
                t.officer().token(), "{\"answers\":{\"leak-mfa\":{\"value\":\"YES\"},\"leak-csirt-notified\":{\"value\":\"NO\"}}}", 4);
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        JsonPath view = AuditFixtures.audit(t.officer().token(), audit);
        assertThat(view.getString("answers.leak-mfa.value")).isEqualTo("YES");
        assertThat(view.getString("answers.leak-csirt-notified.value")).isEqualTo("NO");
    }

    @Test
    void malformedRequestsAreClientErrors() {
        Tenant t = AuditFixtures.tenant("AZ Malformed");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "post-leak");
        as(t.officer().token()).body("{\"answers\": {\"leak-mfa\": ").put("/api/audits/" + audit + "/answers")
                .then().statusCode(400);
        as(t.officer().token()).body("{\"answers\": [\"YES\"]}").put("/api/audits/" + audit + "/answers")
                .then().statusCode(400);
        as(t.officer().token()).body(Map.of()).put("/api/audits/" + audit + "/answers").then().statusCode(422);
        AuditFixtures.save(t.officer().token(), audit, postLeak(Map.of()));
        AuditFixtures.submit(t.officer().token(), audit);
        as(t.ciso().token()).body(Map.of("decision", "MAYBE", "comment", "x")).post("/api/audits/" + audit + "/review")
                .then().statusCode(400);
        as(t.ciso().token()).body(Map.of("comment", "x")).post("/api/audits/" + audit + "/review")
                .then().statusCode(422);
        assertThat(AuditFixtures.audit(t.officer().token(), audit).getString("status")).isEqualTo("SUBMITTED");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> finding(JsonPath audit, String questionId) {
        List<Map<String, Object>> findings = audit.getList("findings");
        return findings.stream().filter(f -> questionId.equals(f.get("questionId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no finding for " + questionId + " in " + findings));
    }
}
