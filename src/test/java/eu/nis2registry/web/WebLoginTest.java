package eu.nis2registry.web;

import eu.nis2registry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class WebLoginTest {

    @Test
    void userWithoutSecondFactorSignsInAndOutAndTheSessionIsRevoked() {
        long org = Api.createOrganization(Api.unique("AZ Login"), Api.unique("login") + ".example");
        String officer = WebUsers.create("COMPLIANCE_OFFICER", List.of(org));
        WebClient browser = new WebClient();

        Response signedIn = browser.signIn(officer, WebUsers.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(WebClient.location(signedIn)).isEqualTo("/ui");
        String session = browser.cookie("registry_session");
        assertThat(signedIn.getDetailedCookie("registry_session").isHttpOnly()).isTrue();
        assertThat(signedIn.getDetailedCookie("registry_session").getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(browser.open("/ui").asString()).contains(officer).contains("Dashboard");

        browser.signOut();
        WebClient stolen = new WebClient();
        stolen.setCookie("registry_session", session);
        Response after = stolen.get("/ui/dashboard");
        assertThat(after.statusCode()).isEqualTo(303);
        assertThat(WebClient.location(after)).isEqualTo("/ui/login?notice=expired");
        assertThat(stolen.cookie("registry_session")).isNull();
        assertThat(stolen.open(WebClient.location(after)).asString()).contains("Your session has ended");
    }

    @Test
    void wrongPasswordGivesAPlainMessageAndKeepsTheUsername() {
        WebClient browser = new WebClient("127.0.0.21");
        Response page = browser.signIn("nobody-" + Api.unique("x"), "wrong-password-123");
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.asString()).contains("Wrong username or password").contains("value=\"nobody-");
    }

    @Test
    void fiveFailuresLockTheAccountWithAPlainMessage() {
        long org = Api.createOrganization(Api.unique("AZ Lock"), Api.unique("lock") + ".example");
        String officer = WebUsers.create("COMPLIANCE_OFFICER", List.of(org));
        WebClient browser = new WebClient("127.0.0.22");
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn(officer, "not-the-password-" + i).statusCode()).isEqualTo(401);
        }
        Response locked = browser.signIn(officer, WebUsers.PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.asString()).contains("Too many failed sign-ins").contains("minute")
                .doesNotContain("Exception").doesNotContain("at eu.");
        // The account is locked whatever the address: the right password from elsewhere is refused too.
        assertThat(new WebClient("127.0.0.23").signIn(officer, WebUsers.PASSWORD).statusCode()).isEqualTo(429);
    }

    @Test
    void cisoEnrolsThenNeedsACodeThatWorksOnceAndRecoveryCodesWorkOnce() {
        long org = Api.createOrganization(Api.unique("AZ Enrol"), Api.unique("enrol") + ".example");
        String ciso = WebUsers.create("CISO", List.of(org));
        WebClient browser = new WebClient("127.0.0.24");

        // Password only: a session that can do nothing but enrol.
        Response first = browser.signIn(ciso, WebUsers.PASSWORD);
        assertThat(WebClient.location(first)).isEqualTo("/ui");
        Response confined = browser.get("/ui/dashboard");
        assertThat(confined.statusCode()).isEqualTo(303);
        assertThat(WebClient.location(confined)).isEqualTo("/ui/enrol");
        browser.request().get("/api/organizations").then().statusCode(403);

        String enrolPage = browser.open("/ui/enrol").asString();
        assertThat(enrolPage).contains("<svg").contains("class=\"qr\"");
        byte[] secret = WebClient.secret(WebClient.find(enrolPage, "id=\"secret\">([A-Z2-7]+)<"));
        Response wrong = browser.post("/ui/enrol", Map.of("otp", "000000".equals(WebClient.code(secret, 0)) ? "111111" : "000000"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.asString()).contains("That code is not right");
        String usedAtEnrolment = WebClient.code(secret, 0);
        Response enrolled = browser.post("/ui/enrol", Map.of("otp", usedAtEnrolment));
        assertThat(enrolled.statusCode()).isEqualTo(200);
        List<String> codes = recoveryCodes(enrolled.asString());
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}"));
        assertThat(browser.get("/ui/dashboard").statusCode()).isEqualTo(200);
        browser.signOut();

        // The code used at enrolment is refused the second time; the next one works.
        browser.signIn(ciso, WebUsers.PASSWORD);
        browser.get("/ui/login/code");
        Response replay = browser.post("/ui/login/code", Map.of("code", usedAtEnrolment));
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(replay.asString()).contains("wrong, expired or already used");
        Response withCode = browser.post("/ui/login/code", Map.of("code", WebClient.code(secret, 1)));
        assertThat(WebClient.location(withCode)).isEqualTo("/ui");
        assertThat(browser.get("/ui/dashboard").statusCode()).isEqualTo(200);
        browser.signOut();

        // A recovery code stands in for the code once, in lower case and without dashes too.
        browser.signIn(ciso, WebUsers.PASSWORD);
        browser.get("/ui/login/code");
        Response recovered = browser.post("/ui/login/code", Map.of("code", codes.get(0).replace("-", "").toLowerCase()));
        assertThat(WebClient.location(recovered)).isEqualTo("/ui");
        browser.signOut();
        browser.signIn(ciso, WebUsers.PASSWORD);
        browser.get("/ui/login/code");
        assertThat(browser.post("/ui/login/code", Map.of("code", codes.get(0))).statusCode()).isEqualTo(401);

        // The API takes a recovery code in "otp" as well, once.
        Api.anonymous().body(Map.of("username", ciso, "password", WebUsers.PASSWORD, "otp", codes.get(1)))
                .post("/api/auth/token").then().statusCode(200);
        Api.anonymous().body(Map.of("username", ciso, "password", WebUsers.PASSWORD, "otp", codes.get(1)))
                .post("/api/auth/token").then().statusCode(401);
        assertThat(browser.get("/ui/account").statusCode()).isIn(303, 200);
    }

    @Test
    void anUnknownSessionCookieLeadsToTheLoginPageWithANotice() {
        WebClient browser = new WebClient();
        browser.setCookie("registry_session", "not-a-token");
        Response response = browser.get("/ui/inventory");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(WebClient.location(response)).isEqualTo("/ui/login?notice=expired");
        assertThat(browser.cookie("registry_session")).isNull();
        assertThat(browser.open("/ui/login?notice=expired").asString()).contains("Your session has ended");
    }

    @Test
    void withoutSessionEveryPageLeadsToLogin() {
        for (String path : List.of("/ui", "/ui/dashboard", "/ui/admin/users", "/ui/audits/1", "/ui/enrol")) {
            Response response = new WebClient().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(303);
            assertThat(WebClient.location(response)).as(path).isEqualTo("/ui/login");
        }
        Response root = new WebClient().get("/");
        assertThat(WebClient.location(root)).isEqualTo("/ui");
    }

    static List<String> recoveryCodes(String html) {
        String list = WebClient.find(html, "id=\"recovery-codes\">(.*?)</ol>");
        Matcher matcher = Pattern.compile("<li>([^<]+)</li>").matcher(list);
        List<String> codes = new java.util.ArrayList<>();
        while (matcher.find()) {
            codes.add(matcher.group(1).trim());
        }
        return codes;
    }
}
