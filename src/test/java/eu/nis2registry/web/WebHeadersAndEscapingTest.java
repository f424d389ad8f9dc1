package eu.nis2registry.web;

import eu.nis2registry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class WebHeadersAndEscapingTest {

    private static final String EVIL = "<script>alert('x')</script> & \"Co\"";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTERNAL = Pattern.compile("(src|href)=\"(https?:)?//", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle=", Pattern.CASE_INSENSITIVE);

    @Test
    void everyPageCarriesTheSecurityHeadersAndNoInlineScriptOrStyle() {
        WebFixture fixture = WebFixture.create();
        long audit = fixture.submittedAudit();
        WebClient ciso = fixture.cisoBrowser();
        long job = as(fixture.ciso.token()).contentType("text/plain").body("https://portal.example/x:bob@example.org:pw\n")
                .post("/api/leak-imports?format=ULP&kind=COMBOLIST&source=headers").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        List<String> pages = List.of("/ui/dashboard", "/ui/inventory", "/ui/organizations/" + fixture.organization,
                "/ui/suppliers", "/ui/suppliers/" + fixture.supplier, "/ui/engagements/" + fixture.engagement,
                "/ui/engagements/" + fixture.engagement + "/edit", "/ui/organizations/" + fixture.organization + "/engagements/new",
                "/ui/suppliers/new", "/ui/audits/" + audit, "/ui/findings", "/ui/reviews", "/ui/leak-imports",
                "/ui/leak-imports/" + job, "/ui/account", "/ui/audits/999999", "/ui/reports", "/ui/concentration");
        for (String page : pages) {
            Response response = ciso.get(page);
            assertThat(response.statusCode()).as(page).isIn(200, 403, 404);
            assertSecure(response, page);
        }
        assertSecure(new WebClient().get("/ui/login"), "/ui/login");
        assertSecure(new WebClient().get("/static/app.css"), "/static/app.css");
        assertSecure(new WebClient().get("/static/leak-progress.js"), "/static/leak-progress.js");
        WebClient admin = WebFixture.adminBrowser();
        for (String page : List.of("/ui/admin/users", "/ui/admin/questionnaires", "/ui/concentration", "/ui/reports")) {
            Response response = admin.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertSecure(response, page);
        }
    }

    @Test
    void htmlInASupplierNameIsEscapedOnEveryPageThatShowsIt() {
        WebFixture fixture = WebFixture.withSupplierName(EVIL);
        long audit = fixture.submittedAudit();
        WebClient ciso = fixture.cisoBrowser();
        List<String> pages = List.of("/ui/dashboard?org=" + fixture.organization, "/ui/organizations/" + fixture.organization,
                "/ui/suppliers?q=" + "alert", "/ui/suppliers/" + fixture.supplier, "/ui/engagements/" + fixture.engagement,
                "/ui/engagements/" + fixture.engagement + "/edit", "/ui/audits/" + audit, "/ui/reviews");
        for (String page : pages) {
            String html = ciso.get(page).then().statusCode(200).extract().asString();
            assertThat(html).as(page).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
        }
        // A name typed into a form comes back escaped as well, even when the form is refused.
        WebClient officer = fixture.officerBrowser();
        officer.get("/ui/suppliers/new");
        Response refused = officer.post("/ui/suppliers", Map.of("name", EVIL, "country", "<b>XX"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(").doesNotContain("<b>XX");
    }

    private static void assertSecure(Response response, String page) {
        String csp = response.header("Content-Security-Policy");
        assertThat(csp).as(page).contains("script-src 'self'").contains("frame-ancestors 'none'")
                .contains("default-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(response.header("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).as(page).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).as(page).isEqualTo("no-referrer");
        if (response.contentType().startsWith("text/html")) {
            String html = response.asString();
            assertThat(INLINE_SCRIPT.matcher(html).find()).as(page + " has no inline script").isFalse();
            assertThat(STYLE_ATTRIBUTE.matcher(html).find()).as(page + " has no style attribute").isFalse();
            assertThat(EXTERNAL.matcher(html).find()).as(page + " loads nothing from elsewhere").isFalse();
        }
    }
}
