package eu.nis2registry.audit.rest;

import eu.nis2registry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The shipped questionnaires as the API lists and defines them; reloading is for administrators. */
@QuarkusTest
class QuestionnaireResourceTest {

    @Test
    void listsTheNewestVersionOfEachQuestionnaireWithItsQuestionCount() {
        Api.User auditor = Api.user("AUDITOR", List.of());
        List<Map<String, Object>> list = as(auditor.token()).get("/api/questionnaires").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertThat(list).allSatisfy(q -> assertThat(q).containsKeys("key", "version", "title", "questionCount"));
        Map<String, Integer> counts = new java.util.HashMap<>();
        list.forEach(q -> counts.put((String) q.get("key"), (Integer) q.get("questionCount")));
        assertThat(counts).containsEntry("nis2-supplier-security", 45).containsEntry("post-leak", 10)
                .containsEntry("post-leak-nl", 10).containsEntry("post-leak-fr", 10);
        assertThat(list).filteredOn(q -> q.get("key").equals("post-leak")).singleElement()
                .satisfies(q -> assertThat(q).containsEntry("version", 1).containsEntry("title", "Post-leak questionnaire"));
    }

    @Test
    void theDefinitionHasEveryQuestionWithItsReferences() {
        Api.User officer = Api.user("COMPLIANCE_OFFICER", List.of());
        JsonPath definition = as(officer.token()).get("/api/questionnaires/nis2-supplier-security").then().statusCode(200)
                .extract().jsonPath();
        assertThat(definition.getString("key")).isEqualTo("nis2-supplier-security");
        assertThat(definition.getInt("version")).isEqualTo(1);
        assertThat(definition.getString("sha256")).matches("[0-9a-f]{64}");
        List<Map<String, Object>> questions = definition.getList("sections.questions.flatten()");
        assertThat(questions).hasSize(definition.getInt("questionCount"));
        assertThat(questions).allSatisfy(q -> {
            assertThat(q).containsKeys("id", "text", "type", "required");
            assertThat((List<?>) q.get("references")).isNotEmpty();
        });
        assertThat(questions).filteredOn(q -> "MFA_ENFORCED".equals(q.get("claim"))).extracting(q -> q.get("id"))
                .containsExactlyInAnyOrder("iam-mfa-staff", "iam-mfa-users");
        as(officer.token()).get("/api/questionnaires/no-such-questionnaire").then().statusCode(404);
    }

    @Test
    void theShippedFolderHasNoProblemsAndOnlyAnAdminMayReloadIt() {
        for (String role : List.of("COMPLIANCE_OFFICER", "CISO", "AUDITOR")) {
            Api.User user = Api.user(role, List.of());
            as(user.token()).post("/api/questionnaires/reload").then().statusCode(403);
            as(user.token()).get("/api/questionnaires/problems").then().statusCode(200);
        }
        JsonPath reloaded = as(Api.admin()).post("/api/questionnaires/reload").then().statusCode(200).extract().jsonPath();
        assertThat(reloaded.getList("active", String.class)).contains("nis2-supplier-security v1", "post-leak v1",
                "post-leak-nl v1", "post-leak-fr v1");
        assertThat(reloaded.getList("problems")).isEmpty();
        assertThat(as(Api.admin()).get("/api/questionnaires/problems").then().statusCode(200).extract().jsonPath()
                .getList("")).isEmpty();
    }
}
