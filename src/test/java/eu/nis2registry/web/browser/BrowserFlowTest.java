package eu.nis2registry.web.browser;

import eu.nis2registry.security.totp.Base32;
import eu.nis2registry.security.totp.Totp;
import eu.nis2registry.support.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in a real browser: enrolment and TOTP login, an audit filled in and submitted by the compliance officer
 * and approved by the CISO, a leak file uploaded and followed to 100 %, each page photographed at 1280x800 and at a
 * phone's 390x844.
 */
@QuarkusTest
class BrowserFlowTest {

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void enrolFillSubmitApproveAndFollowALeakImport() throws IOException {
        WebDriver driver = chromium.driver();
        long org = Api.createOrganization(Api.unique("AZ Scheldeland"), Api.unique("azs") + ".example");
        String supplierDomain = Api.unique("medireg") + ".example";
        long supplier = as(Api.admin()).body(Map.of("name", "MediReg " + Api.unique("n").substring(2), "country", "BE",
                "domains", List.of(supplierDomain))).post("/api/suppliers").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.User officer = Api.user("COMPLIANCE_OFFICER", List.of(org));
        Api.createEngagement(officer.token(), org, supplier, "PRIVILEGED", List.of("HEALTH", "PERSONAL", "CREDENTIALS"),
                "portal." + supplierDomain);
        String ciso = Api.unique("ciso");
        as(Api.admin()).body(Map.of("username", ciso, "password", Api.PASSWORD, "roles", List.of("CISO"),
                "organizationIds", List.of(org))).post("/api/users").then().statusCode(201);

        // The CISO's first sign-in leads to enrolment: QR code, key, a first code, then ten recovery codes.
        open("/ui/login");
        chromium.screenshot("01-login-1280");
        signIn(ciso);
        waitFor(ExpectedConditions.urlContains("/ui/enrol"));
        assertThat(driver.findElement(By.cssSelector("svg.qr")).isDisplayed()).isTrue();
        chromium.screenshot("02-enrol-1280");
        byte[] secret = Base32.decode(driver.findElement(By.id("secret")).getText().trim());
        driver.findElement(By.id("otp")).sendKeys(code(secret, 0));
        driver.findElement(By.cssSelector("form[action='/ui/enrol'] button[type=submit]")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
        assertThat(driver.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        chromium.screenshot("03-recovery-codes-1280");
        signOut();

        // The compliance officer signs in with the keyboard alone, then fills in an audit.
        open("/ui/login");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("username");
        driver.switchTo().activeElement().sendKeys(officer.username(), Keys.TAB, Api.PASSWORD, Keys.ENTER);
        waitFor(ExpectedConditions.urlContains("/ui/dashboard"));
        // The first Tab stop of every page is the link that skips to the content.
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("class")).isEqualTo("skip");
        chromium.fullPage("04-dashboard-1280", 1280);
        open("/ui/inventory");
        chromium.screenshot("05-inventory-1280");
        driver.findElement(By.cssSelector("table a[href^='/ui/organizations/']")).click();
        waitFor(ExpectedConditions.urlContains("/ui/organizations/"));
        driver.findElement(By.cssSelector("table a[href^='/ui/engagements/']")).click();
        waitFor(ExpectedConditions.urlContains("/ui/engagements/"));
        chromium.fullPage("06-engagement-1280", 1280);
        new Select(driver.findElement(By.id("questionnaireKey"))).selectByValue("post-leak");
        driver.findElement(By.cssSelector("form[action$='/audits'] button[type=submit]")).click();
        waitFor(ExpectedConditions.urlContains("/ui/audits/"));
        String auditUrl = driver.getCurrentUrl().replaceFirst("\\?.*", "");
        assertThat(driver.findElement(By.id("audit-progress")).getText()).matches("0 of \\d+ answered.*");
        chromium.fullPage("07-audit-form-1280", 1280);
        for (int section = 0; section < 20; section++) {
            answerVisibleQuestions(driver);
            List<WebElement> next = driver.findElements(By.cssSelector("button[name=next]"));
            (next.isEmpty() ? driver.findElement(By.cssSelector("button[name=save]")) : next.get(0)).click();
            waitFor(ExpectedConditions.urlContains("notice=saved"));
            if (next.isEmpty()) {
                break;
            }
        }
        String progress = driver.findElement(By.id("audit-progress")).getText();
        assertThat(progress).doesNotContain("required still open");
        driver.findElement(By.id("submit-audit")).click();
        waitFor(ExpectedConditions.urlContains("notice=submitted"));
        assertThat(driver.findElement(By.id("audit-status")).getText()).isEqualTo("Submitted");
        chromium.screenshot("08-audit-submitted-1280");
        signOut();

        // The CISO signs in with password and TOTP and approves: four eyes.
        open("/ui/login");
        signIn(ciso);
        waitFor(ExpectedConditions.urlContains("/ui/login/code"));
        chromium.screenshot("09-totp-1280");
        driver.findElement(By.id("code")).sendKeys(code(secret, 1), Keys.ENTER);
        waitFor(ExpectedConditions.urlContains("/ui/dashboard"));
        open("/ui/reviews");
        chromium.screenshot("10-review-queue-1280");
        driver.findElement(By.cssSelector("a.button[href^='/ui/audits/']")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("approve")));
        driver.findElement(By.id("comment")).sendKeys("Checked with the supplier's security officer.");
        driver.findElement(By.id("approve")).click();
        waitFor(ExpectedConditions.urlContains("notice=approved"));
        assertThat(driver.getCurrentUrl()).startsWith(auditUrl);
        assertThat(driver.findElement(By.id("audit-status")).getText()).isEqualTo("Approved");
        chromium.fullPage("11-audit-approved-1280", 1280);
        open("/ui/findings");
        chromium.screenshot("12-findings-1280");

        // A leak file: uploaded, then followed by the page's script until it reaches 100 %.
        Path leak = leakFile(supplierDomain);
        open("/ui/leak-imports");
        driver.findElement(By.id("file")).sendKeys(leak.toAbsolutePath().toString());
        new Select(driver.findElement(By.id("kind"))).selectByValue("STEALER_LOG");
        driver.findElement(By.id("source")).sendKeys("Dark-web monitoring feed");
        chromium.screenshot("13-leak-upload-1280");
        driver.findElement(By.id("upload-button")).click();
        waitFor(ExpectedConditions.urlMatches(".*/ui/leak-imports/\\d+$"));
        // The page reloads itself when the job ends: an element read during the reload is stale, not wrong.
        new WebDriverWait(driver, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class).until(d ->
                "100".equals(d.findElement(By.id("job-progress")).getDomProperty("value"))
                        && d.findElements(By.id("rejects-h")).size() == 1);
        assertThat(driver.findElement(By.id("job-status")).getText()).isEqualTo("Completed");
        assertThat(driver.findElement(By.cssSelector("[data-counter=accepted]")).getText()).isNotEqualTo("0");
        assertThat(driver.findElement(By.cssSelector("[data-counter=rejected]")).getText()).isEqualTo("2");
        chromium.fullPage("14-leak-import-done-1280", 1280);

        // The same pages at a phone's width.
        chromium.size(390, 844);
        open("/ui/dashboard");
        chromium.screenshot("15-dashboard-390");
        open(auditUrl.replaceFirst("^https?://[^/]+", ""));
        chromium.screenshot("16-audit-390");
        open("/ui/leak-imports");
        chromium.screenshot("17-leak-imports-390");
        chromium.size(1280, 800);
        signOut();
        open("/ui/login");
        chromium.size(390, 844);
        chromium.screenshot("18-login-390");
        chromium.size(1280, 800);

        // The administrator's pages.
        Api.User admin = Api.user(List.of("ADMIN"), List.of(), false);
        open("/ui/login");
        signIn(admin.username());
        waitFor(ExpectedConditions.urlContains("/ui/login/code"));
        driver.findElement(By.id("code")).sendKeys(code(Api.totpSecret(admin.username()), 1), Keys.ENTER);
        waitFor(ExpectedConditions.urlContains("/ui/admin/users"));
        chromium.fullPage("19-admin-users-1280", 1280);
        open("/ui/admin/questionnaires");
        chromium.screenshot("20-admin-questionnaires-1280");

        // The language switch in the header, remembered for the next pages.
        driver.findElement(By.cssSelector("nav.langs a[hreflang=nl]")).click();
        waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "nl"));
        open("/ui/admin/users");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Gebruikers");
        chromium.screenshot("21-admin-users-nl-1280");
        driver.findElement(By.cssSelector("nav.langs a[hreflang=fr]")).click();
        waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Utilisateurs");
        driver.findElement(By.cssSelector("nav.langs a[hreflang=en]")).click();
        waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        signOut();
    }

    /** Answers each question of the section: YES where offered, else the first choice; a sentence for text. */
    private static void answerVisibleQuestions(WebDriver driver) {
        for (WebElement question : driver.findElements(By.cssSelector("form#answers .question"))) {
            List<WebElement> text = question.findElements(By.cssSelector("textarea"));
            if (!text.isEmpty()) {
                text.get(0).clear();
                text.get(0).sendKeys("Passwords of all support accounts were reset on 20 November.");
                continue;
            }
            List<WebElement> yes = question.findElements(By.cssSelector("input[type=radio][value=YES]"));
            List<WebElement> radios = question.findElements(By.cssSelector("input[type=radio]"));
            WebElement choice = !yes.isEmpty() ? yes.get(0) : radios.get(Math.min(2, radios.size() - 1));
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", choice);
            choice.click();
        }
    }

    private Path leakFile(String domain) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            lines.append("https://portal.").append(domain).append("/login:user").append(i).append('@').append(domain)
                    .append(":Secret-").append(i).append('\n');
            if (i % 3 == 0) {
                lines.append("https://www.unrelated").append(i).append(".example/:someone@else.example:pw\n");
            }
        }
        lines.append("this line has no separator at all\n").append(":::\n");
        Path file = Files.createTempFile("leak-", ".txt");
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    private void open(String path) {
        chromium.driver().get(base.toString().replaceFirst("/$", "") + path);
    }

    private void signIn(String username) {
        WebDriver driver = chromium.driver();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/ui/login'] button[type=submit]")).click();
    }

    private void signOut() {
        open("/ui/account");
        chromium.driver().findElement(By.cssSelector("form[action='/ui/logout'] button")).click();
        waitFor(ExpectedConditions.urlContains("/ui/login"));
    }

    private static void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(20)).until(condition);
    }

    private static String code(byte[] secret, int stepOffset) {
        return Totp.standard().code(secret, Totp.stepOf(Instant.now()) + stepOffset);
    }
}
