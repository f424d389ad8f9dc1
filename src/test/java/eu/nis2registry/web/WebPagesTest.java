package eu.nis2registry.web;

import eu.nis2registry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class WebPagesTest {

    @Test
    void navigationFollowsTheRolesAndPagesRefuseOtherRoles() {
        WebFixture fixture = WebFixture.create();
        String officerNav = nav(fixture.officerBrowser().open("/ui").asString());
        assertThat(officerNav).contains("/ui/dashboard", "/ui/inventory", "/ui/findings")
                .doesNotContain("/ui/reviews", "/ui/leak-imports", "/ui/admin");
        String cisoNav = nav(fixture.cisoBrowser().open("/ui").asString());
        assertThat(cisoNav).contains("/ui/dashboard", "/ui/inventory", "/ui/findings", "/ui/reviews", "/ui/leak-imports")
                .doesNotContain("/ui/admin");
        WebClient admin = WebFixture.adminBrowser();
        Response adminHome = admin.get("/ui");
        assertThat(WebClient.location(adminHome)).isEqualTo("/ui/admin/users");
        assertThat(nav(admin.open("/ui").asString())).contains("/ui/admin", "/ui/leak-imports").doesNotContain("/ui/reviews");
        Api.User auditor = Api.user("AUDITOR", List.of(fixture.organization));
        WebClient auditorBrowser = new WebClient();
        auditorBrowser.signIn(auditor.username(), Api.PASSWORD);
        assertThat(nav(auditorBrowser.open("/ui").asString())).contains("/ui/dashboard", "/ui/findings")
                .doesNotContain("/ui/reviews", "/ui/leak-imports", "/ui/admin");
        // Reports are for every role; the sector view only for those who see every organisation.
        for (String nav : List.of(officerNav, cisoNav, nav(auditorBrowser.open("/ui").asString()), nav(admin.open("/ui").asString()))) {
            assertThat(nav).contains("/ui/reports");
        }
        assertThat(officerNav).doesNotContain("/ui/concentration");
        assertThat(nav(admin.open("/ui").asString())).contains("/ui/concentration");
        assertThat(WebClient.location(auditorBrowser.get("/ui"))).isEqualTo("/ui/reports");

        WebClient officer = fixture.officerBrowser();
        Response forbidden = officer.get("/ui/admin/users");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.asString()).contains("Your role does not allow this");
        assertThat(officer.get("/ui/leak-imports/999999").statusCode()).isIn(403, 404);
        // The auditor reads but changes nothing, the same rule as the API.
        auditorBrowser.get("/ui/suppliers");
        Response readOnly = auditorBrowser.post("/ui/suppliers", Map.of("name", Api.unique("ByAuditor")));
        assertThat(readOnly.statusCode()).isEqualTo(403);
        assertThat(readOnly.contentType()).startsWith("text/html");
        assertThat(readOnly.asString()).contains("Not allowed").contains("can read but not change");
        // Another organisation's engagement does not exist for this officer.
        WebFixture other = WebFixture.create();
        Response hidden = officer.get("/ui/engagements/" + other.engagement);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.asString()).contains("Not found");
    }

    @Test
    void formsShowFieldErrorsNextToTheFieldsAndKeepWhatWasTyped() {
        WebFixture fixture = WebFixture.create();
        WebClient browser = fixture.officerBrowser();
        browser.get("/ui/suppliers/new");
        Response refused = browser.post("/ui/suppliers", Map.of("name", "Zorgnet Łódź", "enterpriseNumber", "0123.456.789",
                "country", "XX", "domains", "good.example\nnot a domain"));
        assertThat(refused.statusCode()).isEqualTo(422);
        String html = refused.asString();
        assertThat(html).contains("value=\"Zorgnet Łódź\"").contains("value=\"0123.456.789\"").contains("not a domain</textarea>");
        assertThat(WebClient.find(html, "id=\"enterpriseNumber-error\">(.*?)</p>")).contains("enterprise number");
        assertThat(WebClient.find(html, "id=\"country-error\">(.*?)</p>")).contains("country code");
        assertThat(WebClient.find(html, "id=\"domains-error\">(.*?)</p>")).contains("not a domain name");
        assertThat(html).contains("id=\"country\" name=\"country\" value=\"XX\" maxlength=\"2\" autocomplete=\"country\" aria-invalid=\"true\"");

        // A conflict with an existing supplier is shown at the field it is about.
        String domain = as(Api.admin()).get("/api/suppliers/" + fixture.supplier).then().extract().jsonPath().getString("domains[0]");
        browser.get("/ui/suppliers/new");
        Response conflict = browser.post("/ui/suppliers", Map.of("name", "Copy", "domains", domain));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(WebClient.find(conflict.asString(), "id=\"domains-error\">(.*?)</p>")).contains(domain);

        browser.get("/ui/organizations/" + fixture.organization + "/engagements/new");
        Response noService = browser.post("/ui/organizations/" + fixture.organization + "/engagements",
                Map.of("supplierId", String.valueOf(fixture.supplier), "service", " ", "serviceHosts", "bad host!",
                        "dataCategories", List.of("HEALTH"), "access", "USER", "criticality", "HIGH"));
        assertThat(noService.statusCode()).isEqualTo(422);
        assertThat(noService.asString()).contains("id=\"service-error\"").contains("value=\"HEALTH\" checked")
                .contains("<option value=\"HIGH\" selected>");
    }

    @Test
    void anAdministratorRegistersAndEditsAnOrganisation() {
        WebClient admin = WebFixture.adminBrowser();
        admin.get("/ui/organizations/new");
        String name = Api.unique("AZ Nieuw");
        Response refused = admin.post("/ui/organizations", Map.of("name", name, "enterpriseNumber", "123", "sector", "Health",
                "nis2Category", "ESSENTIAL", "emailDomains", "ok.example"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("id=\"enterpriseNumber-error\"").contains("value=\"" + name + "\"");
        Response created = admin.post("/ui/organizations", Map.of("name", name, "sector", "Health", "nis2Category", "IMPORTANT",
                "emailDomains", Api.unique("nieuw") + ".example"));
        assertThat(created.statusCode()).isEqualTo(303);
        String page = WebClient.location(created);
        assertThat(admin.open(page).asString()).contains(name).contains("Important entity");
        admin.get(page + "/edit");
        assertThat(WebClient.location(admin.post(page, Map.of("name", name + " (campus)", "sector", "Health",
                "nis2Category", "ESSENTIAL")))).isEqualTo(page);
        assertThat(admin.open(page).asString()).contains(name + " (campus)").contains("Essential entity");
        assertThat(WebFixture.create().officerBrowser().get("/ui/organizations/new").statusCode()).isEqualTo(403);
    }

    @Test
    void theLanguageFollowsTheBrowserAndTheSwitchIsRemembered() {
        assertThat(new WebClient().language("nl-BE,nl;q=0.9,en;q=0.5").open("/ui/login").asString())
                .contains("<html lang=\"nl\"").contains("Aanmelden").contains("Wachtwoord");
        assertThat(new WebClient().language("fr-BE,fr;q=0.9").open("/ui/login").asString())
                .contains("<html lang=\"fr\"").contains("Mot de passe");
        WebClient browser = new WebClient().language("fr");
        Response switched = browser.get("/ui/lang?to=nl&back=/ui/login");
        assertThat(WebClient.location(switched)).isEqualTo("/ui/login");
        assertThat(browser.open("/ui/login").asString()).contains("<html lang=\"nl\"");
        assertThat(WebClient.location(new WebClient().get("/ui/lang?to=nl&back=//evil.example"))).isEqualTo("/ui");
    }

    @Test
    void anAuditIsAnsweredSectionBySectionSubmittedAndApprovedByASecondPerson() {
        WebFixture fixture = WebFixture.create();
        WebClient officer = fixture.officerBrowser();
        officer.get("/ui/engagements/" + fixture.engagement);
        Response started = officer.post("/ui/engagements/" + fixture.engagement + "/audits", Map.of("questionnaireKey", "post-leak"));
        assertThat(started.statusCode()).isEqualTo(303);
        String auditPath = WebClient.location(started);
        long audit = Long.parseLong(auditPath.substring(auditPath.lastIndexOf('/') + 1));

        String first = officer.open(auditPath).asString();
        String progress = WebClient.find(first, "id=\"audit-progress\">(.*?)</p>");
        assertThat(progress).matches("0 of \\d+ answered.*");
        String section = WebClient.find(first, "name=\"section\" value=\"([^\"]+)\"");
        Map<String, Object> answers = new HashMap<>();
        answers.put("section", section);
        java.util.regex.Matcher radios = java.util.regex.Pattern.compile("name=\"(a\\.[^\"]+)\" value=\"YES\"").matcher(first);
        int answered = 0;
        while (radios.find()) {
            answers.put(radios.group(1), "YES");
            answered++;
        }
        assertThat(answered).isPositive();
        Response saved = officer.post("/ui/audits/" + audit + "/answers", answers);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(WebClient.find(officer.open(WebClient.location(saved)).asString(), "id=\"audit-progress\">(.*?)</p>"))
                .startsWith(answered + " of ");

        // A wrong value is shown at its question, and nothing is saved.
        String question = answers.keySet().stream().filter(k -> k.startsWith("a.")).findFirst().orElseThrow();
        Response wrong = officer.post("/ui/audits/" + audit + "/answers", Map.of("section", section, question, "MAYBE"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.asString()).contains("id=\"e-" + question.substring(2) + "\"");

        // Submitting too early lists what is missing; after the rest is answered it goes through.
        Response early = officer.post("/ui/audits/" + audit + "/submit", Map.of("section", section));
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.asString()).contains("is required and has no answer");
        fixture.answerAll(audit);
        officer.get("/ui/audits/" + audit);
        assertThat(WebClient.location(officer.post("/ui/audits/" + audit + "/submit", Map.of("section", section))))
                .isEqualTo("/ui/audits/" + audit + "?notice=submitted");

        // The submitter cannot approve their own audit; the CISO can.
        officer.get("/ui/audits/" + audit);
        Response own = officer.post("/ui/audits/" + audit + "/review", Map.of("decision", "APPROVE", "comment", "mine"));
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.asString()).contains("a second person must review it");
        WebClient ciso = fixture.cisoBrowser();
        assertThat(ciso.open("/ui/reviews").asString()).contains("/ui/audits/" + audit);
        ciso.get("/ui/audits/" + audit);
        Response approved = ciso.post("/ui/audits/" + audit + "/review", Map.of("decision", "APPROVE", "comment", "Checked"));
        assertThat(WebClient.location(approved)).isEqualTo("/ui/audits/" + audit + "?notice=approved");
        assertThat(ciso.open(WebClient.location(approved)).asString()).contains("id=\"audit-status\">Approved<");
        as(fixture.officer.token()).get("/api/audits/" + audit).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("APPROVED"))
                .body("reviewedBy", org.hamcrest.Matchers.equalTo(fixture.ciso.username()));
    }

    @Test
    void findingsChangeStatusAndOnlyACisoAcceptsARiskWithAReason() {
        WebFixture fixture = WebFixture.create();
        long audit = fixture.draftAudit();
        fixture.answerAll(audit, "NO");
        as(fixture.officer.token()).post("/api/audits/" + audit + "/submit").then().statusCode(200);
        as(fixture.ciso.token()).body(Map.of("decision", "APPROVE", "comment", "Findings follow"))
                .post("/api/audits/" + audit + "/review").then().statusCode(200);
        long finding = as(fixture.officer.token()).get("/api/organizations/" + fixture.organization + "/findings")
                .then().statusCode(200).extract().jsonPath().getLong("[0].id");

        WebClient officer = fixture.officerBrowser();
        String list = officer.open("/ui/findings").asString();
        assertThat(list).contains("id=\"finding-" + finding + "\"").contains("Not compliant:");
        Response notCiso = officer.post("/ui/findings/" + finding, Map.of("status", "ACCEPTED", "note", "cheaper", "filter", "OPEN"));
        assertThat(notCiso.statusCode()).isEqualTo(403);
        assertThat(WebClient.find(notCiso.asString(), "id=\"f-" + finding + "-error\">(.*?)</div>")).contains("Only a CISO");

        WebClient ciso = fixture.cisoBrowser();
        ciso.get("/ui/findings");
        Response noReason = ciso.post("/ui/findings/" + finding, Map.of("status", "ACCEPTED", "note", " ", "filter", "OPEN"));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(WebClient.find(noReason.asString(), "id=\"f-" + finding + "-error\">(.*?)</div>")).contains("why the risk is accepted");
        Response accepted = ciso.post("/ui/findings/" + finding, Map.of("status", "ACCEPTED",
                "note", "Compensating control: remote access suspended", "filter", "OPEN"));
        assertThat(accepted.statusCode()).isEqualTo(303);
        as(fixture.ciso.token()).get("/api/findings/" + finding).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ACCEPTED")).body("closedBy", org.hamcrest.Matchers.equalTo(fixture.ciso.username()));
        assertThat(ciso.open("/ui/findings?org=" + fixture.organization + "&status=ACCEPTED").asString())
                .contains("Compensating control: remote access suspended");
    }

    @Test
    void thePagesStayOutOfTheApiDocument() {
        String openapi = io.restassured.RestAssured.given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(openapi).contains("/api/auth/token").contains("/api/me/recovery-codes").doesNotContain("/ui/");
    }

    private static String nav(String html) {
        return WebClient.find(html, "<nav class=\"main-nav\"[^>]*>(.*?)</nav>");
    }
}
