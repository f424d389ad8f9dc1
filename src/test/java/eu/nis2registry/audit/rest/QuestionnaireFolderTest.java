package eu.nis2registry.audit.rest;

import eu.nis2registry.audit.questionnaire.Questionnaire;
import eu.nis2registry.audit.questionnaire.ReloadReport;
import eu.nis2registry.audit.rest.AuditFixtures.Tenant;
import eu.nis2registry.audit.service.QuestionnaireService;
import eu.nis2registry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.audit.rest.AuditFixtures.answer;
import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;

/**
 * The questionnaire folder as the service reads it: broken files reported with file, line and reason while the
 * rest loads, the last good version kept, audits pinned to what they started with.
 */
@QuarkusTest
@TestProfile(AuditTestProfile.class)
class QuestionnaireFolderTest {

    @Inject
    QuestionnaireService questionnaires;

    private static JsonPath reload() {
        return as(Api.admin()).post("/api/questionnaires/reload").then().statusCode(200).extract().jsonPath();
    }

    private static void write(String file, String yaml) throws IOException {
        Path target = AuditTestProfile.folder().resolve(file);
        Path temp = AuditTestProfile.folder().resolve("." + file + ".tmp");
        Files.writeString(temp, yaml, StandardCharsets.UTF_8);
        Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** A small questionnaire: YES_NO questions with the given ids, all required, weight 1. */
    private static String questionnaire(String key, int version, String title, String... ids) {
        StringBuilder yaml = new StringBuilder("key: " + key + "\nversion: " + version + "\ntitle: " + title
                + "\nlanguage: en\nsections:\n  - id: main\n    title: Main\n    questions:\n");
        for (String id : ids) {
            yaml.append("      - id: ").append(id).append("\n        text: Is measure ").append(id)
                    .append(" in place (").append(title).append(")?\n        type: YES_NO\n        weight: 1\n")
                    .append("        references:\n          - NIS2 Art. 21(2)(a)\n");
        }
        return yaml.toString();
    }

    private static String key(String prefix) {
        return Api.unique(prefix).toLowerCase();
    }

    @Test
    void aBrokenFileIsReportedWithFileLineAndReasonAndTheOthersLoad() {
        Api.User officer = Api.user("COMPLIANCE_OFFICER", List.of());
        JsonPath problems = as(officer.token()).get("/api/questionnaires/problems").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> broken = problems.getList("findAll { it.file == '" + AuditTestProfile.BROKEN_FILE + "' }");
        assertThat(broken).isNotEmpty();
        assertThat(broken).anySatisfy(p -> {
            assertThat(p.get("line")).isEqualTo(15);
            assertThat((String) p.get("reason")).contains("dup-question");
        });

        List<String> keys = as(officer.token()).get("/api/questionnaires").then().statusCode(200).extract().jsonPath()
                .getList("key");
        assertThat(keys).contains("nis2-supplier-security", "post-leak", "post-leak-nl", "post-leak-fr", "conditional-test")
                .doesNotContain("broken-at-start");
        as(officer.token()).get("/api/questionnaires/broken-at-start").then().statusCode(404);
    }

    @Test
    void aFileThatBreaksKeepsItsLastGoodVersionInUse() throws IOException {
        String key = key("keep");
        String file = key + "-v1.yaml";
        write(file, questionnaire(key, 1, "Good", "keep-a", "keep-b"));
        JsonPath first = reload();
        assertThat(first.getList("active", String.class)).contains(key + " v1");
        Api.User officer = Api.user("COMPLIANCE_OFFICER", List.of());
        String goodSha = as(officer.token()).get("/api/questionnaires/" + key).then().statusCode(200).extract().jsonPath()
                .getString("sha256");

        // A typing error: the list of references is not closed.
        write(file, questionnaire(key, 1, "Edited", "keep-a", "keep-b", "keep-c").replace("- NIS2 Art. 21(2)(a)\n", "[NIS2 Art. 21(2)(a)\n"));
        JsonPath second = reload();
        assertThat(second.getList("retained", String.class)).contains(key + " v1");
        List<Map<String, Object>> reported = second.getList("problems.findAll { it.file == '" + file + "' }");
        assertThat(reported).isNotEmpty().allSatisfy(p -> {
            assertThat((Integer) p.get("line")).isPositive();
            assertThat((String) p.get("reason")).isNotBlank();
        });
        as(officer.token()).get("/api/questionnaires/problems").then().statusCode(200).body("file", hasItem(file));
        JsonPath served = as(officer.token()).get("/api/questionnaires/" + key).then().statusCode(200).extract().jsonPath();
        assertThat(served.getString("sha256")).isEqualTo(goodSha);
        assertThat(served.getList("sections.questions.flatten().id")).containsExactly("keep-a", "keep-b");

        // The kept version can still be audited.
        Tenant t = AuditFixtures.tenant("AZ Kept");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.start(t.officer().token(), engagement, key);
        assertThat(AuditFixtures.audit(t.officer().token(), audit).getString("questionnaireSha256")).isEqualTo(goodSha);

        // Repaired, the file is read again and its problem goes away.
        write(file, questionnaire(key, 1, "Repaired", "keep-a", "keep-b", "keep-c"));
        JsonPath third = reload();
        assertThat(third.getList("problems.file", String.class)).doesNotContain(file);
        assertThat(as(officer.token()).get("/api/questionnaires").then().statusCode(200).extract().jsonPath()
                .getInt("find { it.key == '" + key + "' }.questionCount")).isEqualTo(3);
    }

    @Test
    void aFileBrokenWhileTheServiceWasStoppedFallsBackOnItsLastStoredDefinitionAtTheNextStart() throws IOException {
        String key = key("restart");
        String file = key + "-v1.yaml";
        write(file, questionnaire(key, 1, "Stored before the stop", "restart-a", "restart-b"));
        reload();
        // Out of memory again: only the database still knows the good definition, as after a restart.
        Files.delete(AuditTestProfile.folder().resolve(file));
        reload();
        Api.User officer = Api.user("COMPLIANCE_OFFICER", List.of());
        as(officer.token()).get("/api/questionnaires/" + key).then().statusCode(404);

        write(file, "key: " + key + "\nversion: [\n");
        ReloadReport atStart = questionnaires.start();

        assertThat(atStart.retained()).extracting(Questionnaire::key).contains(key);
        JsonPath served = as(officer.token()).get("/api/questionnaires/" + key).then().statusCode(200).extract().jsonPath();
        assertThat(served.getString("title")).isEqualTo("Stored before the stop");
        as(officer.token()).get("/api/questionnaires/problems").then().statusCode(200).body("file", hasItem(file));

        Files.delete(AuditTestProfile.folder().resolve(file));
        reload();
    }

    @Test
    void anAuditKeepsThePinnedVersionAndQuestionsAfterTheFileIsEditedAndReloaded() throws IOException {
        String key = key("pin");
        write(key + "-v1.yaml", questionnaire(key, 1, "Original", "pin-a", "pin-b"));
        reload();
        Tenant t = AuditFixtures.tenant("AZ Pinned");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long audit = AuditFixtures.start(t.officer().token(), engagement, key);
        JsonPath started = AuditFixtures.save(t.officer().token(), audit, Map.of("pin-a", answer("YES")));
        String pinnedSha = started.getString("questionnaireSha256");

        // Edited in place (against the README's advice), same key and version, one more required question.
        write(key + "-v1.yaml", questionnaire(key, 1, "Edited", "pin-a", "pin-b", "pin-c"));
        reload();
        JsonPath edited = as(t.officer().token()).get("/api/questionnaires/" + key).then().statusCode(200).extract().jsonPath();
        assertThat(edited.getString("sha256")).isNotEqualTo(pinnedSha);
        assertThat(edited.getInt("questionCount")).isEqualTo(3);

        JsonPath after = AuditFixtures.audit(t.officer().token(), audit);
        assertThat(after.getString("questionnaireSha256")).isEqualTo(pinnedSha);
        assertThat(after.getInt("questionnaireVersion")).isEqualTo(1);
        assertThat(after.getString("questionnaireTitle")).isEqualTo("Original");
        assertThat(after.getInt("progress.applicable")).isEqualTo(2);
        assertThat(after.getString("answers.pin-a.value")).isEqualTo("YES");
        as(t.officer().token()).body(Map.of("answers", Map.of("pin-c", answer("YES")))).put("/api/audits/" + audit + "/answers")
                .then().statusCode(422).body("details.questionId", hasItem("pin-c"));

        // A new version file: new audits take it, the running one does not move.
        write(key + "-v2.yaml", questionnaire(key, 2, "Second", "pin-a", "pin-b", "pin-c", "pin-d"));
        reload();
        long other = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long newer = AuditFixtures.start(t.officer().token(), other, key);
        JsonPath newerView = AuditFixtures.audit(t.officer().token(), newer);
        assertThat(newerView.getInt("questionnaireVersion")).isEqualTo(2);
        assertThat(newerView.getInt("progress.applicable")).isEqualTo(4);

        AuditFixtures.save(t.officer().token(), audit, Map.of("pin-b", answer("PARTIAL")));
        AuditFixtures.submit(t.officer().token(), audit);
        JsonPath approved = AuditFixtures.review(t.ciso().token(), audit, "APPROVE", "ok");
        assertThat(approved.getString("questionnaireSha256")).isEqualTo(pinnedSha);
        assertThat(approved.getDouble("score")).isEqualTo(75.0);
        assertThat(approved.getList("findings.questionId")).containsExactly("pin-b");
        as(t.officer().token()).get("/api/engagements/" + engagement + "/audits").then().statusCode(200)
                .body("questionnaireVersion", containsInAnyOrder(1));
    }

    @Test
    void questionsWithConditionsApplyOnlyToMatchingEngagements() {
        Tenant t = AuditFixtures.tenant("AZ Conditional");
        long plain = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "HIGH");
        long health = AuditFixtures.engagement(t, "USER", List.of("PERSONAL", "HEALTH"), "HIGH");
        long privileged = AuditFixtures.engagement(t, "PRIVILEGED", List.of("FINANCIAL"), "HIGH");
        Map<Long, List<String>> applicable = Map.of(plain, List.of("cond-always"),
                health, List.of("cond-always", "cond-health"), privileged, List.of("cond-always", "cond-privileged"));

        for (Map.Entry<Long, List<String>> expected : applicable.entrySet()) {
            long audit = AuditFixtures.start(t.officer().token(), expected.getKey(), "conditional-test");
            assertThat(AuditFixtures.audit(t.officer().token(), audit).getInt("progress.applicable"))
                    .isEqualTo(expected.getValue().size());
            List<String> refused = List.of("cond-health", "cond-privileged").stream()
                    .filter(q -> !expected.getValue().contains(q)).toList();
            as(t.officer().token()).body(Map.of("answers", AuditFixtures.all(List.of("cond-always", "cond-health",
                            "cond-privileged"), "YES"))).put("/api/audits/" + audit + "/answers")
                    .then().statusCode(422).body("details.questionId", containsInAnyOrder(refused.toArray()));
            AuditFixtures.save(t.officer().token(), audit, AuditFixtures.all(expected.getValue(), "YES"));
            JsonPath submitted = AuditFixtures.submit(t.officer().token(), audit);
            assertThat(submitted.getInt("progress.answered")).isEqualTo(expected.getValue().size());
            assertThat(submitted.getInt("progress.requiredUnanswered")).isZero();
        }
    }

    @Test
    void onlyAnAdminMayReload() {
        for (String role : List.of("COMPLIANCE_OFFICER", "CISO", "AUDITOR")) {
            Api.User user = Api.user(role, List.of());
            as(user.token()).post("/api/questionnaires/reload").then().statusCode(403);
        }
        reload();
    }
}
