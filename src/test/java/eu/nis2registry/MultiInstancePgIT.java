package eu.nis2registry;

import eu.nis2registry.support.LeakFiles;
import eu.nis2registry.support.PackagedService;
import eu.nis2registry.support.PackagedService.Installation;
import eu.nis2registry.support.ServiceClient;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BRIEF.md, "Runs on": several stateless instances behind a load balancer, one PostgreSQL database, one data
 * folder; long jobs coordinated through the database, never one instance's memory. Two packaged instances, and
 * what a client of either sees.
 *
 * <p>Runs only in the PostgreSQL pass of .ci/run ({@code mvn verify -Ppg-instances}, with the jar built for
 * PostgreSQL and REGISTRY_TEST_PG_URL set); without them it fails rather than skip.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultiInstancePgIT {

    private static final Pattern COMPLETED = Pattern.compile("Leak import (\\d+) completed");
    private static final Pattern TIME_DECAY = Pattern.compile("(\\d\\d:\\d\\d:\\d\\d) INFO .*Risk recomputed for \\d+ engagement\\(s\\)"
            + " \\(time decay\\): (\\d+) changed");

    private final Path work = PackagedService.workFolder(MultiInstancePgIT.class);
    private Installation first;
    private Installation second;
    private PackagedService a;
    private PackagedService b;
    private String admin;
    private String ciso;

    @BeforeAll
    void twoInstancesOnOneDatabaseAndOneDataFolder() {
        assertThat(PackagedService.postgres()).as("the jar under test must be built for PostgreSQL (QUARKUS_DATASOURCE_DB_KIND)")
                .isTrue();
        first = Installation.create(work.resolve("a"));
        second = first.secondInstance(work.resolve("b"));
        // The daily time-decay re-scoring, every five seconds on both, at the same wall-clock moments.
        Map<String, String> env = Map.of("REGISTRY_SCORING_DAILY_CRON", "0/5 * * * * ?");
        a = PackagedService.start(first, PackagedService.freePort(), env);
        b = PackagedService.start(second, PackagedService.freePort(), env);
        ServiceClient api = new ServiceClient(a);
        admin = api.admin();
        ciso = api.sectorUser(admin, "ciso.sector", "CISO");
        api.importSuppliers(admin, LeakFiles.suppliersCsv(50));
    }

    @AfterAll
    void stop() throws SQLException {
        for (PackagedService service : new PackagedService[] {a, b}) {
            if (service != null) {
                service.close();
            }
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void eachQueuedImportRunsExactlyOnceWhicheverInstanceReceivedIt() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Path file = LeakFiles.ulp(work.resolve("leak-" + i + ".txt"), 20_000, 50, 1000 + i, "file" + i + "-user");
            ServiceClient receiver = new ServiceClient(i % 2 == 0 ? a : b);
            ids.add(receiver.upload(ciso, file, "ULP", "COMBOLIST"));
        }
        List<JsonPath> jobs = new ArrayList<>();
        for (long id : ids) {
            jobs.add(new ServiceClient(id % 2 == 0 ? b : a).awaitFinished(ciso, id, Duration.ofMinutes(5)));
        }

        long accepted = 0;
        for (JsonPath job : jobs) {
            assertThat(job.getString("status")).as("import " + job.getLong("id")).isEqualTo("COMPLETED");
            assertThat(job.getLong("linesRead")).isEqualTo(20_000);
            assertThat(job.getLong("accepted") + job.getLong("duplicates") + job.getLong("unmatched") + job.getLong("rejected")
                    + job.getLong("skipped")).isEqualTo(20_000);
            assertThat(single("SELECT COUNT(*) FROM leak_observation WHERE import_id = " + job.getLong("id")))
                    .as("observations of import " + job.getLong("id")).isEqualTo(job.getLong("accepted"));
            accepted += job.getLong("accepted");
        }
        assertThat(single("SELECT COUNT(*) FROM leak_observation")).isEqualTo(accepted);
        assertThat(single("SELECT COALESCE(SUM(observations), 0) FROM exposure_bucket")).isEqualTo(accepted);

        Map<String, Integer> claimers = new HashMap<>();
        try (Connection connection = first.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT claimed_by FROM leak_import")) {
            while (rs.next()) {
                claimers.merge(rs.getString(1).replaceAll("/.*", ""), 1, Integer::sum);
            }
        }
        assertThat(claimers.keySet()).as("both instances ran imports").hasSize(2)
                .allMatch(name -> name.endsWith(":" + a.port()) || name.endsWith(":" + b.port()));
        List<Long> completedOnA = matches(COMPLETED, a.log());
        List<Long> completedOnB = matches(COMPLETED, b.log());
        assertThat(completedOnA).doesNotContainAnyElementsOf(completedOnB);
        List<Long> completed = new ArrayList<>(completedOnA);
        completed.addAll(completedOnB);
        assertThat(completed).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(a.log() + b.log()).doesNotContain("marked FAILED");
    }

    @Test
    void aTokenIssuedByOneInstanceWorksOnTheOtherUntilRevoked() {
        ServiceClient onA = new ServiceClient(a);
        ServiceClient onB = new ServiceClient(b);
        long user = onA.as(admin).body(Map.of("username", "officer.roaming", "password", "it-user-password-1",
                "roles", List.of("COMPLIANCE_OFFICER"), "organizationIds", List.of(), "allOrganizations", true))
                .post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id");
        String token = onA.login("officer.roaming", "it-user-password-1");

        assertThat(onB.as(token).get("/api/me").then().statusCode(200).extract().jsonPath().getString("username"))
                .isEqualTo("officer.roaming");

        onB.as(admin).body(Map.of("roles", List.of("COMPLIANCE_OFFICER"), "organizationIds", List.of(),
                "allOrganizations", true, "disabled", true)).put("/api/users/" + user).then().statusCode(200);
        onB.as(token).get("/api/me").then().statusCode(401);
        // The other instance trusts what it looked up for registry.security.token-cache (10 s), no longer.
        Instant deadline = Instant.now().plusSeconds(30);
        while (onA.as(token).get("/api/me").statusCode() != 401) {
            assertThat(Instant.now()).as("token still accepted by the other instance").isBefore(deadline);
            PackagedService.sleep(500);
        }
    }

    @Test
    void theSameRecomputeOnBothInstancesStoresOneHistoryEntry() throws Exception {
        ServiceClient api = new ServiceClient(a);
        long supplier = api.as(admin).body(Map.of("name", "DecayCo", "domains", List.of("decayco.example"))).post("/api/suppliers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long organization = api.as(admin).body(Map.of("name", "AZ Decay", "sector", "Health", "nis2Category", "ESSENTIAL",
                "emailDomains", List.of("azdecay.example"))).post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        long engagement = api.as(ciso).body(Map.of("supplierId", supplier, "service", "Lab results", "serviceHosts", List.of(),
                        "dataCategories", List.of("HEALTH"), "access", "USER", "criticality", "HIGH"))
                .post("/api/organizations/" + organization + "/engagements").then().statusCode(201).extract().jsonPath().getLong("id");
        api.as(ciso).body(Map.of("supplierId", supplier, "source", "Press report", "kind", "STEALER_LOG", "records", 71_000,
                "stealerShare", 0.9)).post("/api/leak-observations/aggregate").then().statusCode(201);
        List<String> history = reasons(api, engagement);
        int logA = a.log().length();
        int logB = b.log().length();

        // A year passes for this leak: what the daily re-scoring exists for. Both instances run it at the same moments.
        execute("UPDATE leak_aggregate SET reported_on = reported_on - 365 WHERE supplier_id = " + supplier);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (reasons(api, engagement).size() == history.size()) {
            assertThat(Instant.now()).as("no re-scoring after the leak aged").isBefore(deadline);
            PackagedService.sleep(500);
        }
        // Two more rounds on both instances.
        List<String[]> runsA = awaitTimeDecayRuns(a, logA, 3);
        List<String[]> runsB = awaitTimeDecayRuns(b, logB, 3);

        List<String> after = reasons(api, engagement);
        assertThat(after.subList(history.size(), after.size())).containsExactly("time decay");
        assertThat(runsA.stream().map(MultiInstancePgIT::tick)).as("rounds started at the same moments on both instances")
                .containsAnyElementsOf(runsB.stream().map(MultiInstancePgIT::tick).toList());
        long changed = runsA.stream().mapToLong(r -> Long.parseLong(r[1])).sum() + runsB.stream().mapToLong(r -> Long.parseLong(r[1])).sum();
        assertThat(changed).as("engagements changed by all rounds of both instances").isEqualTo(1);
    }

    private List<String> reasons(ServiceClient api, long engagement) {
        return api.as(admin).get("/api/engagements/" + engagement + "/risk/history").then().statusCode(200)
                .extract().jsonPath().getList("reason", String.class);
    }

    /** The time-decay rounds logged after this point: [time, engagements changed]; waits until there are enough. */
    private static List<String[]> awaitTimeDecayRuns(PackagedService service, int from, int count) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            List<String[]> runs = new ArrayList<>();
            Matcher m = TIME_DECAY.matcher(service.log().substring(from));
            while (m.find()) {
                runs.add(new String[] {m.group(1), m.group(2)});
            }
            if (runs.size() >= count) {
                return runs;
            }
            assertThat(Instant.now()).as("time-decay rounds on port " + service.port()).isBefore(deadline);
            PackagedService.sleep(500);
        }
    }

    /**
     * The cron moment a round started at: the last multiple of five seconds before its log line (a round logs when
     * it ends, a second later when it waited for the other instance's row locks).
     */
    private static String tick(String[] run) {
        String[] hms = run[0].split(":");
        int seconds = Integer.parseInt(hms[2]);
        return hms[0] + ":" + hms[1] + ":" + String.format("%02d", seconds - seconds % 5);
    }

    private static List<Long> matches(Pattern pattern, String log) {
        List<Long> found = new ArrayList<>();
        Matcher m = pattern.matcher(log);
        while (m.find()) {
            found.add(Long.parseLong(m.group(1)));
        }
        return found;
    }

    private long single(String sql) throws SQLException {
        try (Connection connection = first.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = first.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
