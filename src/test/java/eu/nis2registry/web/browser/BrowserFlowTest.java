package eu.nis2registry.web.browser;

import eu.nis2registry.security.totp.Base32;
import eu.nis2registry.security.totp.Totp;
import eu.nis2registry.support.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in a real browser: enrolment and TOTP login, an audit filled in and submitted by the compliance officer
 * and approved by the CISO, a leak file uploaded and followed to 100 %, the scores that follow on the dashboard and
 * the engagement page, an audit report made, downloaded and verified by an auditor; each page photographed at
 * 1280x800 and at a phone's 390x844.
 */
@QuarkusTest
class BrowserFlowTest {

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource dataSource;

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
        long org = Api.createOrganization("AZ Scheldeland", Api.unique("azs") + ".example");
        String supplierDomain = Api.unique("medireg") + ".example";
        long supplier = supplier("MediReg", "BE", supplierDomain);
        Api.User officer = Api.user("COMPLIANCE_OFFICER", List.of(org));
        long engagement = Api.createEngagement(officer.token(), org, supplier, "PRIVILEGED",
                List.of("HEALTH", "PERSONAL", "CREDENTIALS"), "portal." + supplierDomain);
        List<Long> others = otherSuppliers(officer, org, supplier);
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
        driver.findElement(By.cssSelector("table a[href='/ui/engagements/" + engagement + "']")).click();
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

        // The CISO's dashboard after the approval and the import: every engagement scored, the highest first.
        seedEarlierHistory(others);
        open("/ui/dashboard");
        List<Integer> shown = driver.findElements(By.cssSelector("tr[id^='engagement-'] span.risk[data-score]")).stream()
                .map(e -> Integer.parseInt(e.getDomAttribute("data-score"))).toList();
        assertThat(shown).hasSize(4).isSortedAccordingTo((a, b) -> b - a);
        int score = as(officer.token()).get("/api/engagements/" + engagement + "/risk").then().statusCode(200).extract().path("score");
        assertThat(driver.findElement(By.cssSelector("#engagement-" + engagement + " span.risk")).getDomAttribute("data-score"))
                .isEqualTo(String.valueOf(score));
        assertThat(driver.findElement(By.id("stat-high-risk")).getText()).isNotEqualTo("0");
        assertThat(driver.findElements(By.cssSelector("svg.line-chart polyline.line-mean"))).hasSize(1);
        chromium.fullPage("22-dashboard-risk-1280", 1280);

        // The engagement: the factors add up to the score; the approved audit and the leak both count.
        driver.findElement(By.cssSelector("#engagement-" + engagement + " a[href='/ui/engagements/" + engagement + "']")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("risk-score")));
        int pageScore = Integer.parseInt(driver.findElement(By.id("risk-score")).getText());
        assertThat(pageScore).isEqualTo(score);
        int sum = driver.findElements(By.cssSelector("tr[data-code] td.points")).stream()
                .mapToInt(e -> Integer.parseInt(e.getText())).sum();
        assertThat(sum).isEqualTo(pageScore);
        assertThat(driver.findElement(By.id("factor-total")).getText()).isEqualTo(String.valueOf(pageScore));
        List<String> codes = driver.findElements(By.cssSelector("tr[data-code]")).stream().map(e -> e.getDomAttribute("data-code")).toList();
        assertThat(codes).doesNotContain("NO_AUDIT")
                .containsAnyOf("STEALER_LOG", "PRIVILEGED_STEALER_LOG", "STEALER_LOG_COOKIES");
        assertThat(driver.findElements(By.cssSelector("#history-table tbody tr")).size()).isGreaterThanOrEqualTo(3);
        chromium.fullPage("23-engagement-risk-1280", 1280);
        driver.findElement(By.cssSelector("nav.langs a[hreflang=fr]")).click();
        waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        String tier = as(officer.token()).get("/api/engagements/" + engagement + "/risk").then().extract().path("tier");
        assertThat(driver.findElement(By.id("risk-tier")).getText()).isEqualToIgnoringCase(Map.of("LOW", "Faible",
                "MEDIUM", "Moyen", "HIGH", "Élevé", "CRITICAL", "Critique").get(tier));
        chromium.fullPage("23b-engagement-risk-fr-1280", 1280);
        driver.findElement(By.cssSelector("nav.langs a[hreflang=en]")).click();
        waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        open("/ui/suppliers/" + supplier);
        assertThat(driver.findElements(By.cssSelector("#blast-radius li[data-action=RESET_AND_REVOKE]"))).isNotEmpty();
        chromium.fullPage("24-supplier-blast-radius-1280", 1280);

        // The same pages at a phone's width.
        chromium.size(390, 844);
        open("/ui/dashboard");
        chromium.screenshot("15-dashboard-390");
        scrollTo("trend-h");
        chromium.screenshot("15b-dashboard-390-trend");
        scrollTo("eng-h");
        chromium.screenshot("15c-dashboard-390-engagements");
        open(auditUrl.replaceFirst("^https?://[^/]+", ""));
        chromium.screenshot("16-audit-390");
        open("/ui/leak-imports");
        chromium.screenshot("17-leak-imports-390");
        open("/ui/engagements/" + engagement);
        chromium.fullPage("17b-engagement-risk-390", 390);
        chromium.size(1280, 800);
        signOut();

        // The auditor's main page is the reports archive: an audit report made from the audit page, downloaded, and
        // the downloaded file verified.
        Api.User auditor = Api.user("AUDITOR", List.of(org));
        open("/ui/login");
        signIn(auditor.username());
        waitFor(ExpectedConditions.urlContains("/ui/reports"));
        open(auditUrl.replaceFirst("^https?://[^/]+", ""));
        driver.findElement(By.id("audit-report")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("report-created")));
        String report = driver.getCurrentUrl().replaceFirst(".*created=", "");
        String hash = driver.findElement(By.cssSelector("#report-" + report + " code.hash")).getText().trim();
        assertThat(hash).matches("[0-9a-f]{64}");
        driver.findElement(By.id("download-created")).click();
        Path downloaded = downloaded("report-" + report + ".pdf");
        assertThat(sha256(downloaded)).isEqualTo(hash);
        String before = driver.getCurrentUrl();
        new Select(driver.findElement(By.id("register-language"))).selectByValue("nl");
        driver.findElement(By.id("generate-register")).click();
        waitFor(d -> !d.getCurrentUrl().equals(before) && !d.findElements(By.id("report-created")).isEmpty());
        driver.findElement(By.id("verify-file")).sendKeys(downloaded.toString());
        driver.findElement(By.id("verify-button")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("verify-result")));
        assertThat(driver.findElement(By.id("verify-result")).getDomAttribute("data-matches")).isEqualTo("true");
        assertThat(driver.findElement(By.id("verify-result")).getText()).contains("#" + report);
        assertThat(driver.findElement(By.id("verify-sha256")).getText()).isEqualTo(hash);
        chromium.fullPage("25-reports-1280", 1280);
        chromium.size(390, 844);
        open("/ui/reports");
        chromium.fullPage("26-reports-390", 390);
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

    private static long supplier(String name, String country, String domain) {
        return as(Api.admin()).body(Map.of("name", name, "country", country, "domains", List.of(domain)))
                .post("/api/suppliers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * The rest of a hospital's supplier list, so that the dashboard ranks something: an IT supplier with privileged
     * access and a remote-support subcontractor, reported in the press with a leak of 1,000 logins; a laboratory link
     * with health data; office supplies. MediReg hosts at a subcontractor. Returns the new engagements.
     */
    private static List<Long> otherSuppliers(Api.User officer, long org, long mediReg) {
        long itServ = supplier("ITServ", "BE", Api.unique("itserv") + ".example");
        long remoteDesk = supplier("RemoteDesk", "IE", Api.unique("remotedesk") + ".example");
        long cloudHost = supplier("CloudHost", "BE", Api.unique("cloudhost") + ".example");
        long labLink = supplier("LabLink", "NL", Api.unique("lablink") + ".example");
        long office = supplier("OfficeNet", "BE", Api.unique("officenet") + ".example");
        as(Api.admin()).body(Map.of("subcontractorId", remoteDesk)).post("/api/suppliers/" + itServ + "/subcontractors")
                .then().statusCode(204);
        as(Api.admin()).body(Map.of("subcontractorId", cloudHost)).post("/api/suppliers/" + mediReg + "/subcontractors")
                .then().statusCode(204);
        List<Long> engagements = List.of(
                engagement(officer, org, itServ, "Managed IT support and remote administration", "PRIVILEGED",
                        List.of("CREDENTIALS", "PERSONAL"), "HIGH"),
                engagement(officer, org, labLink, "Laboratory results exchange", "USER", List.of("HEALTH", "PERSONAL"), "HIGH"),
                engagement(officer, org, office, "Office supplies ordering", "NONE", List.of(), "LOW"));
        as(Api.admin()).body(Map.of("supplierId", itServ, "source", "Press report: IT supplier leak", "kind", "STEALER_LOG",
                "records", 1000, "stealerShare", 0.8, "privileged", 12)).post("/api/leak-observations/aggregate")
                .then().statusCode(201);
        return engagements;
    }

    private static long engagement(Api.User officer, long org, long supplier, String service, String access,
            List<String> data, String criticality) {
        return as(officer.token()).body(Map.of("supplierId", supplier, "service", service, "serviceHosts", List.of(),
                        "dataCategories", data, "access", access, "criticality", criticality))
                .post("/api/organizations/" + org + "/engagements").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * A test's registry is minutes old, so the 90-day trend would be one point. For the screenshots, these
     * engagements get score changes in the weeks before, written as the recompute writes them and marked as seeded;
     * the photographed engagement keeps its real history only.
     */
    private void seedEarlierHistory(List<Long> engagements) {
        int[] daysAgo = {85, 63, 41, 24, 9};
        int[] below = {16, 12, 9, 5, 2};
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO risk_snapshot (engagement_id, score, tier, inherent, controls, exposure, factors, model_version,"
                        + " reason, computed_at) VALUES (?, ?, ?, 0, 0, 0, '[]', '2026.1', 'seeded by the browser test', ?)")) {
            for (long id : engagements) {
                int now = as(Api.admin()).get("/api/engagements/" + id + "/risk").then().statusCode(200).extract().path("score");
                for (int i = 0; i < daysAgo.length; i++) {
                    int score = Math.max(now == 30 ? 30 : 5, now - below[i]);
                    insert.setLong(1, id);
                    insert.setInt(2, score);
                    insert.setString(3, score >= 75 ? "CRITICAL" : score >= 50 ? "HIGH" : score >= 25 ? "MEDIUM" : "LOW");
                    insert.setTimestamp(4, Timestamp.from(Instant.now().minus(Duration.ofDays(daysAgo[i]))));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file the browser saved, once it is complete (Chromium writes a .crdownload file until then). */
    private static Path downloaded(String name) throws IOException {
        Path file = chromium.downloads().resolve(name);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (var partial = Files.list(chromium.downloads())) {
                if (Files.isRegularFile(file) && partial.noneMatch(p -> p.toString().endsWith(".crdownload"))) {
                    return file;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + name, e);
            }
        }
        throw new AssertionError("the browser did not save " + name + " in " + chromium.downloads());
    }

    private static String sha256(Path file) throws IOException {
        return eu.nis2registry.common.crypto.Hashes.sha256Hex(Files.readAllBytes(file));
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

    /** Scrolls the element to the top of the window, with a little room above it. */
    private static void scrollTo(String id) {
        ((org.openqa.selenium.JavascriptExecutor) chromium.driver()).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'start'}); window.scrollBy(0, -12);", id);
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
