package eu.nis2registry.audit.rest;

import eu.nis2registry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class AuditWorkflowTest {

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
}
