package eu.nis2registry.web;

import eu.nis2registry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static eu.nis2registry.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class WebCsrfTest {

    @Test
    void aFormWithoutTokenIsRefusedWithAClearPageAndNothingChanges() {
        WebFixture fixture = WebFixture.create();
        WebClient browser = fixture.officerBrowser();
        browser.get("/ui/suppliers/new");
        String name = Api.unique("Forged");
        Response refused = browser.postWithToken("/ui/suppliers", Map.of("name", name), null);
        assertRefusedPage(refused);
        assertThat(browser.open("/ui/suppliers?q=" + name).asString()).doesNotContain(name + "</a>");
    }

    @Test
    void aStaleOrForeignTokenIsRefusedWithAClearPage() {
        WebFixture fixture = WebFixture.create();
        WebClient browser = fixture.officerBrowser();
        browser.get("/ui/suppliers/new");
        String staleToken = new WebClient().open("/ui/login").asString().replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        assertThat(staleToken).isNotEqualTo(browser.csrfToken());
        assertRefusedPage(browser.postWithToken("/ui/suppliers", Map.of("name", Api.unique("Stale")), staleToken));
        // The login form is protected as well (login CSRF).
        WebClient other = new WebClient();
        other.get("/ui/login");
        assertRefusedPage(other.postWithToken("/ui/login", Map.of("username", "x", "password", "y"), "AAAA" + staleToken.substring(4)));
    }

    @Test
    void aFormWithItsTokenIsAccepted() {
        WebFixture fixture = WebFixture.create();
        WebClient browser = fixture.officerBrowser();
        browser.get("/ui/suppliers/new");
        Response created = browser.post("/ui/suppliers", Map.of("name", Api.unique("Genuine"), "domains", Api.unique("g") + ".example"));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(WebClient.location(created)).startsWith("/ui/suppliers/");
    }

    @Test
    void theBearerApiIsUntouchedMultipartBinaryAndFormTypedBodiesIncluded() {
        WebFixture fixture = WebFixture.create();
        long audit = fixture.draftAudit();
        String question = as(fixture.officer.token()).get("/api/questionnaires/post-leak").then().extract().jsonPath()
                .getString("sections[0].questions[0].id");
        // As curl -F sends it: a multipart body with its length, and no CSRF cookie or field.
        String boundary = "----registry" + System.nanoTime();
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"questionId\"\r\n\r\n" + question
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"policy.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nPasswords were reset on 2026-11-20.\r\n--" + boundary + "--\r\n";
        given().header("Authorization", "Bearer " + fixture.officer.token())
                .contentType("multipart/form-data; boundary=" + boundary).body(multipart.getBytes(StandardCharsets.UTF_8))
                .post("/api/audits/" + audit + "/evidence").then().statusCode(201).body("filename", equalTo("policy.txt"));
        byte[] sheet = as(fixture.officer.token()).get("/api/audits/" + audit + "/xlsx").then().statusCode(200).extract().asByteArray();
        given().header("Authorization", "Bearer " + fixture.officer.token())
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(sheet)
                .put("/api/audits/" + audit + "/xlsx").then().statusCode(200);
        // curl --data-binary sends application/x-www-form-urlencoded unless told otherwise.
        given().header("Authorization", "Bearer " + fixture.ciso.token()).contentType("application/x-www-form-urlencoded")
                .body("https://portal.example/login:alice@example.org:secret\n")
                .post("/api/leak-imports?format=ULP&kind=COMBOLIST&source=curl").then().statusCode(202);
        Api.anonymous().body(Map.of("username", "nobody", "password", "x")).post("/api/auth/token").then().statusCode(401);
    }

    @Test
    void anApiWriteCarriedOnlyByTheSessionCookieNeedsTheTokenHeader() {
        WebFixture fixture = WebFixture.create();
        WebClient browser = fixture.officerBrowser();
        browser.request().contentType("application/json").body(Map.of("name", Api.unique("ViaCookie")))
                .post("/api/suppliers").then().statusCode(403).body("error", equalTo("csrf_token_required"));
        browser.get("/ui/suppliers");
        browser.request().contentType("application/json").header("X-CSRF-TOKEN", browser.csrfToken())
                .body(Map.of("name", Api.unique("ViaCookie"))).post("/api/suppliers").then().statusCode(201);
        // Reading with the cookie is what the leak-import page's script does.
        browser.request().get("/api/organizations").then().statusCode(200);
    }

    private static void assertRefusedPage(Response refused) {
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.asString()).contains("This form has expired").contains("href=\"/ui\"")
                .doesNotContain("Exception").doesNotContain("at io.");
    }
}
