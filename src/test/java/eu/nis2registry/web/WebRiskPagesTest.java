package eu.nis2registry.web;

import eu.nis2registry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The risk parts of the pages show what the risk API says, in the caller's scope. */
@QuarkusTest
class WebRiskPagesTest {

    private static final String EVIL = "<script>alert('x')</script> & \"Co\"";
    private static final Pattern ROW_SCORE = Pattern.compile("<tr id=\"engagement-(\\d+)\">\\s*<td[^>]*><span class=\"risk tier-(\\w+)\""
            + " data-score=\"(\\d+)\">");
    private static final Pattern FACTOR = Pattern.compile("<tr data-code=\"(\\w+)\">.*?<td class=\"num points\">(\\d+)</td>",
            Pattern.DOTALL);

    @Test
    void theDashboardRanksEngagementsByTheirScoreWithTiersAndTheTrendOfToday() {
        WebFixture fixture = WebFixture.create();
        long quiet = Api.createSupplier(Api.unique("Stationery"), Api.unique("paper") + ".example");
        as(fixture.officer.token()).body(Map.of("supplierId", quiet, "service", "Office paper", "serviceHosts", List.of(),
                "dataCategories", List.of(), "access", "NONE", "criticality", "LOW"))
                .post("/api/organizations/" + fixture.organization + "/engagements").then().statusCode(201);
        JsonPath api = as(fixture.ciso.token()).get("/api/organizations/" + fixture.organization + "/risk")
                .then().statusCode(200).extract().jsonPath();
        List<Integer> scores = api.getList("suppliers.score", Integer.class);
        List<Long> ranked = api.getList("suppliers.engagementId", Long.class);
        assertThat(scores).hasSize(2).isSortedAccordingTo((a, b) -> b - a);
        assertThat(scores.get(0)).isGreaterThan(scores.get(1));

        String html = fixture.officerBrowser().open("/ui/dashboard?org=" + fixture.organization).asString();
        Matcher rows = ROW_SCORE.matcher(html);
        List<Long> shownOrder = new ArrayList<>();
        while (rows.find()) {
            long engagement = Long.parseLong(rows.group(1));
            int index = ranked.indexOf(engagement);
            shownOrder.add(engagement);
            assertThat(Integer.parseInt(rows.group(3))).isEqualTo(scores.get(index));
            assertThat(rows.group(2)).isEqualTo(api.getString("suppliers[" + index + "].tier").toLowerCase(Locale.ROOT));
        }
        assertThat(shownOrder).isEqualTo(ranked);

        Map<String, Integer> distribution = api.getMap("distribution");
        long highOrCritical = distribution.get("HIGH") + distribution.get("CRITICAL");
        assertThat(WebClient.find(html, "id=\"stat-high-risk\">(\\d+)<")).isEqualTo(String.valueOf(highOrCritical));
        String tiers = WebClient.find(html, "(<svg class=\"chart\"[^>]*aria-labelledby=\"tiers-h\">.*?</svg>)");
        for (String tier : List.of("CRITICAL", "HIGH", "MEDIUM", "LOW")) {
            assertThat(tiers).contains(">" + tier.charAt(0) + tier.substring(1).toLowerCase(Locale.ROOT) + "</text>");
        }
        // Today's point of the trend: the mean and the highest of the current scores.
        double mean = scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertThat(WebClient.find(html, "id=\"trend-mean\">([^<]+)<")).isEqualTo(String.format(Locale.ENGLISH, "%.1f", mean));
        assertThat(WebClient.find(html, "id=\"trend-max\">([^<]+)<")).isEqualTo(String.valueOf(scores.get(0)));
        assertThat(html).contains("<polyline points=").contains("class=\"line line-mean\"").contains("class=\"line line-max dashed\"");
    }

    @Test
    void theEngagementPageListsTheFactorsThatAddUpToTheScoreAndEachChangeWithItsReason() {
        WebFixture fixture = WebFixture.create();
        String path = "/ui/engagements/" + fixture.engagement;
        WebClient officer = fixture.officerBrowser();
        assertEngagementPageMatchesTheApi(fixture, officer.open(path).asString());

        long audit = fixture.submittedAudit();
        as(fixture.ciso.token()).body(Map.of("decision", "APPROVE", "comment", "Checked"))
                .post("/api/audits/" + audit + "/review").then().statusCode(200);
        String after = officer.open(path).asString();
        assertEngagementPageMatchesTheApi(fixture, after);
        List<String> reasons = as(fixture.officer.token()).get("/api/engagements/" + fixture.engagement + "/risk/history")
                .then().statusCode(200).extract().jsonPath().getList("reason");
        assertThat(reasons).contains("audit " + audit + " approved");
        String table = WebClient.find(after, "(<table class=\"responsive\" id=\"history-table\">.*?</table>)");
        assertThat(table.split("<tr>").length - 2).isEqualTo(reasons.size());
        assertThat(table).contains("audit " + audit + " approved");
        // Newest first.
        assertThat(table.indexOf("audit " + audit + " approved")).isLessThan(table.indexOf(reasons.get(0)));
    }

    private static void assertEngagementPageMatchesTheApi(WebFixture fixture, String html) {
        JsonPath risk = as(fixture.officer.token()).get("/api/engagements/" + fixture.engagement + "/risk")
                .then().statusCode(200).extract().jsonPath();
        int score = risk.getInt("score");
        assertThat(WebClient.find(html, "id=\"risk-score\">(\\d+)<")).isEqualTo(String.valueOf(score));
        assertThat(html).contains("class=\"score-box tier-" + risk.getString("tier").toLowerCase(Locale.ROOT) + "\"");
        Matcher factors = FACTOR.matcher(html);
        List<String> codes = new ArrayList<>();
        int sum = 0;
        while (factors.find()) {
            codes.add(factors.group(1));
            sum += Integer.parseInt(factors.group(2));
        }
        assertThat(codes).isEqualTo(risk.getList("factors.code"));
        assertThat(sum).isEqualTo(score);
        assertThat(WebClient.find(html, "id=\"factor-total\">(\\d+)<")).isEqualTo(String.valueOf(score));
        assertThat(html).contains("Risk model " + risk.getString("modelVersion"));
        for (String label : risk.getList("factors.label", String.class)) {
            assertThat(html).contains(escaped(label));
        }
    }

    @Test
    void theSupplierPageShowsItsScoreInEachEngagementAndItsBlastRadiusThroughSubcontractors() {
        WebFixture fixture = WebFixture.create();
        long sub = Api.createSupplier(Api.unique("RemoteDesk"), Api.unique("remotedesk") + ".example");
        as(Api.admin()).body(Map.of("subcontractorId", sub)).post("/api/suppliers/" + fixture.supplier + "/subcontractors")
                .then().statusCode(204);
        as(fixture.ciso.token()).body(Map.of("supplierId", sub, "organizationId", fixture.organization, "source", "press",
                "kind", "STEALER_LOG", "records", 1200, "stealerShare", 0.8)).post("/api/leak-observations/aggregate")
                .then().statusCode(201);
        WebClient officer = fixture.officerBrowser();

        String supplierPage = officer.open("/ui/suppliers/" + fixture.supplier).asString();
        JsonPath risk = as(fixture.officer.token()).get("/api/engagements/" + fixture.engagement + "/risk").then().extract().jsonPath();
        String row = WebClient.find(supplierPage, "(<tr id=\"supplier-engagement-" + fixture.engagement + "\">.*?</tr>)");
        assertThat(row).contains("<strong>" + risk.getInt("score") + "</strong>").contains("/ui/engagements/" + fixture.engagement);
        assertThat(supplierPage).contains("id=\"blast-not-leaked\"");

        // The subcontractor leaked: its blast radius reaches the organisation through the engaged supplier.
        String subPage = officer.open("/ui/suppliers/" + sub).asString();
        assertThat(subPage).contains("id=\"blast-leaked\"").contains("No organisation in your scope engages this supplier directly.");
        String exposed = WebClient.find(subPage, "(<details class=\"exposed\" id=\"exposed-" + fixture.engagement + "\".*?</details>)");
        assertThat(exposed).contains("through a subcontractor").contains(fixture.supplierName);
        assertThat(WebClient.find(exposed, "<dd class=\"path\">(.*?)</dd>")).contains(fixture.supplierName).contains("→")
                .contains("RemoteDesk");
        JsonPath blast = as(fixture.officer.token()).header("Accept-Language", "nl").get("/api/suppliers/" + sub + "/blast-radius")
                .then().statusCode(200).extract().jsonPath();
        List<String> actions = blast.getList("organizations[0].actions.code");
        assertThat(actions).contains("RESET_AND_REVOKE");
        assertThat(codes(exposed, "data-action=\"(\\w+)\"")).isEqualTo(actions);
        // The actions in the page's language, as the API words them for that language.
        String dutch = officer.language("nl").open("/ui/suppliers/" + sub).asString();
        for (String text : blast.getList("organizations[0].actions.text", String.class)) {
            assertThat(dutch).contains(escaped(text));
        }
        assertThat(dutch).contains("Impactgebied van");
    }

    @Test
    void anotherOrganisationsEngagementsStayOutOfTheSupplierAndSectorViews() {
        WebFixture fixture = WebFixture.create();
        long otherOrganization = Api.createOrganization(Api.unique("AZ Elders"), Api.unique("elders") + ".example");
        Api.User otherOfficer = Api.user("COMPLIANCE_OFFICER", List.of(otherOrganization));
        long otherEngagement = Api.createEngagement(otherOfficer.token(), otherOrganization, fixture.supplier, "USER",
                List.of("PERSONAL"), "elders." + Api.unique("h") + ".example");
        WebClient officer = fixture.officerBrowser();

        String supplierPage = officer.open("/ui/suppliers/" + fixture.supplier).asString();
        assertThat(supplierPage).contains("supplier-engagement-" + fixture.engagement).contains("exposed-" + fixture.engagement)
                .doesNotContain("supplier-engagement-" + otherEngagement).doesNotContain("exposed-" + otherEngagement)
                .doesNotContain("AZ Elders");
        assertThat(officer.get("/ui/engagements/" + otherEngagement).statusCode()).isEqualTo(404);
        assertThat(officer.open("/ui/dashboard?org=" + otherOrganization).asString()).doesNotContain("AZ Elders")
                .doesNotContain("engagement-" + otherEngagement);

        // The sector view is for users who see every organisation, as GET /api/concentration.
        assertThat(nav(officer.open("/ui/dashboard").asString())).doesNotContain("/ui/concentration");
        Response refused = officer.get("/ui/concentration");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.asString()).contains("Your role does not allow this");
        Api.User sector = Api.user(List.of("AUDITOR"), List.of(), true);
        WebClient sectorBrowser = new WebClient();
        sectorBrowser.signIn(sector.username(), Api.PASSWORD);
        assertThat(nav(sectorBrowser.open("/ui/reports").asString())).contains("/ui/concentration");
        String concentration = sectorBrowser.open("/ui/concentration?limit=200").asString();
        String row = WebClient.find(concentration, "(<tr id=\"supplier-" + fixture.supplier + "\">.*?</tr>)");
        assertThat(WebClient.find(row, "data-organizations=\"(\\d+)\"")).isEqualTo("2");
        assertThat(row).contains("/ui/suppliers/" + fixture.supplier);
    }

    @Test
    void htmlInSupplierAndOrganisationNamesIsEscapedOnTheRiskPanels() {
        WebFixture fixture = WebFixture.withSupplierName(EVIL);
        long sub = Api.createSupplier(EVIL + " sub", Api.unique("evilsub") + ".example");
        as(Api.admin()).body(Map.of("subcontractorId", sub)).post("/api/suppliers/" + fixture.supplier + "/subcontractors")
                .then().statusCode(204);
        as(fixture.ciso.token()).body(Map.of("supplierId", fixture.supplier, "organizationId", fixture.organization,
                "source", EVIL, "kind", "STEALER_LOG", "records", 40)).post("/api/leak-observations/aggregate")
                .then().statusCode(201);
        WebClient officer = fixture.officerBrowser();
        for (String page : List.of("/ui/dashboard?org=" + fixture.organization, "/ui/engagements/" + fixture.engagement,
                "/ui/suppliers/" + fixture.supplier, "/ui/suppliers/" + sub)) {
            String html = officer.get(page).then().statusCode(200).extract().asString();
            assertThat(html).as(page).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
        }
        Api.User sector = Api.user(List.of("CISO"), List.of(), true);
        // Near the top of the ranking whatever else the suite registered: a supplier of many organisations.
        for (int i = 0; i < 6; i++) {
            Api.createEngagement(sector.token(), Api.createOrganization(Api.unique("AZ Concentrated")), fixture.supplier,
                    "USER", List.of("PERSONAL"));
        }
        WebClient sectorBrowser = WebFixture.signedInWithTotp(sector.username());
        assertThat(sectorBrowser.get("/ui/concentration?limit=200").then().statusCode(200).extract().asString())
                .contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
    }

    private static List<String> codes(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** As Qute escapes a value in HTML. */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String nav(String html) {
        return WebClient.find(html, "<nav class=\"main-nav\"[^>]*>(.*?)</nav>");
    }
}
