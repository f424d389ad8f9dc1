package eu.nis2registry.web;

import eu.nis2registry.support.Api;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/** An organisation with a supplier, an engagement and people of each role, made through the API. */
final class WebFixture {

    final long organization;
    final long supplier;
    final long engagement;
    final Api.User officer;
    final Api.User ciso;
    final String supplierName;

    private WebFixture(String supplierName) {
        this.supplierName = supplierName;
        organization = Api.createOrganization(Api.unique("AZ Web"), Api.unique("web") + ".example");
        supplier = as(Api.admin()).body(Map.of("name", supplierName, "domains", List.of(Api.unique("sup") + ".example")))
                .post("/api/suppliers").then().statusCode(201).extract().jsonPath().getLong("id");
        officer = Api.user("COMPLIANCE_OFFICER", List.of(organization));
        ciso = Api.user("CISO", List.of(organization));
        engagement = Api.createEngagement(officer.token(), organization, supplier, "PRIVILEGED",
                List.of("HEALTH", "CREDENTIALS"), "portal." + Api.unique("h") + ".example");
    }

    static WebFixture create() {
        return new WebFixture(Api.unique("MediReg"));
    }

    static WebFixture withSupplierName(String name) {
        return new WebFixture(name);
    }

    /** A post-leak audit with every applicable question answered, submitted by the officer. */
    long submittedAudit() {
        long audit = draftAudit();
        answerAll(audit);
        as(officer.token()).post("/api/audits/" + audit + "/submit").then().statusCode(200);
        return audit;
    }

    long draftAudit() {
        return as(officer.token()).body(Map.of("questionnaireKey", "post-leak"))
                .post("/api/engagements/" + engagement + "/audits").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    void answerAll(long audit) {
        answerAll(audit, "YES");
    }

    /** Every applicable question answered; yes/no questions with {@code yesNo}. */
    void answerAll(long audit, String yesNo) {
        JsonPath definition = as(officer.token()).get("/api/questionnaires/post-leak").then().statusCode(200).extract().jsonPath();
        List<String> ids = definition.getList("sections.questions.flatten().id");
        List<String> types = definition.getList("sections.questions.flatten().type");
        Map<String, Object> answers = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Object value = switch (types.get(i)) {
                case "YES_NO" -> yesNo;
                case "TEXT" -> "Rebuilt the infected laptop.";
                case "SCALE" -> 3;
                default -> "NOT_APPLICABLE";
            };
            answers.put(ids.get(i), Map.of("value", value));
        }
        Response saved = as(officer.token()).body(Map.of("answers", answers)).put("/api/audits/" + audit + "/answers");
        if (saved.statusCode() == 422) {
            // Questions that do not apply to this engagement are refused: answer the rest.
            List<String> refused = saved.jsonPath().getList("details.questionId");
            refused.forEach(answers::remove);
            saved = as(officer.token()).body(Map.of("answers", answers)).put("/api/audits/" + audit + "/answers");
        }
        assertThat(saved.statusCode()).isEqualTo(200);
    }

    /** A browser signed in as the officer (who has no second factor). */
    WebClient officerBrowser() {
        WebClient browser = new WebClient();
        assertThat(browser.signIn(officer.username(), Api.PASSWORD).statusCode()).isEqualTo(303);
        return browser;
    }

    /** A browser signed in as the CISO, with the code after the one the API enrolment used. */
    WebClient cisoBrowser() {
        return signedInWithTotp(ciso.username());
    }

    static WebClient signedInWithTotp(String username) {
        WebClient browser = new WebClient();
        Response done = browser.signInWithTotp(username, Api.PASSWORD, Api.totpSecret(username), 1);
        assertThat(WebClient.location(done)).isEqualTo("/ui");
        return browser;
    }

    /** A new administrator, enrolled through the API, signed in in a browser. */
    static WebClient adminBrowser() {
        Api.User admin = Api.user(List.of("ADMIN"), List.of(), false);
        return signedInWithTotp(admin.username());
    }
}
