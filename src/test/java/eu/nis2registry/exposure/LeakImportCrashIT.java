package eu.nis2registry.exposure;

import eu.nis2registry.support.LeakFiles;
import eu.nis2registry.support.PackagedService;
import eu.nis2registry.support.PackagedService.Installation;
import eu.nis2registry.support.ServiceClient;
import io.restassured.path.json.JsonPath;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LEAK-FORMATS.md, "Imports are jobs": an import interrupted by kill -9 shows FAILED after a restart, counts in no
 * score, and running the same file again gives the counts of a clean run and stores nothing twice. Both ways an
 * interrupted job is found: the restarted instance recognises its own job (same host and port), or another
 * instance sees that its heartbeat stopped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeakImportCrashIT {

    private static final int LINES = 150_000;
    private static final int SUPPLIERS = 200;
    private static final List<String> EXPOSURE_FACTORS = List.of("PRIVILEGED_STEALER_LOG", "STEALER_LOG_COOKIES", "STEALER_LOG",
            "COMBOLIST", "BREACH", "AGGREGATE_LEAK", "SUBCONTRACTOR_EXPOSURE", "PRIVILEGED_STEALER_FLOOR");
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(5);

    private final Path temp = PackagedService.workFolder(LeakImportCrashIT.class);

    private Path leakFile;
    private Map<String, Long> cleanRun;

    @BeforeAll
    void cleanRunOnAFreshInstallation() throws Exception {
        leakFile = LeakFiles.ulp(temp.resolve("stealer-logs.txt"), LINES, SUPPLIERS, 20261130L, "user");
        try (Installation installation = Installation.create(temp.resolve("clean"));
             PackagedService service = PackagedService.start(installation)) {
            ServiceClient api = new ServiceClient(service);
            String admin = api.admin();
            api.importSuppliers(admin, LeakFiles.suppliersCsv(SUPPLIERS));
            long id = api.upload(admin, leakFile, "ULP", "COMBOLIST");
            JsonPath job = api.awaitFinished(admin, id, IMPORT_TIMEOUT);
            assertThat(job.getString("status")).isEqualTo("COMPLETED");
            cleanRun = counters(job);
        }
        assertThat(cleanRun.get("linesRead")).isEqualTo(LINES);
        assertThat(cleanRun.values()).as("every counter has lines in it").allMatch(n -> n > 0);
    }

    @Test
    void anImportKilledMidwayIsFailedByItsRestartedInstanceAndCountsNowhere() throws Exception {
        try (Installation installation = Installation.create(temp.resolve("restart"))) {
            int port = PackagedService.freePort();
            long engagement;
            long interrupted;
            try (PackagedService service = PackagedService.start(installation, port, Map.of())) {
                ServiceClient api = new ServiceClient(service);
                String admin = api.admin();
                engagement = registerEngagementOnFirstSupplier(api, admin);
                interrupted = startAndKillMidway(service, api, admin);
            }
            assertThat(observationsOf(installation, interrupted)).as("observations stored before the kill").isPositive();

            try (PackagedService restarted = PackagedService.start(installation, port, Map.of())) {
                ServiceClient api = new ServiceClient(restarted);
                String admin = api.admin();
                JsonPath failed = api.importJob(admin, interrupted);
                assertThat(failed.getString("status")).isEqualTo("FAILED");
                assertThat(failed.getString("errorMessage")).contains("the service stopped during the import");
                assertCountsNowhere(api, admin, engagement);

                JsonPath rerun = api.awaitFinished(admin, api.upload(admin, leakFile, "ULP", "COMBOLIST"), IMPORT_TIMEOUT);

                assertThat(rerun.getString("status")).isEqualTo("COMPLETED");
                assertThat(counters(rerun)).isEqualTo(cleanRun);
                // Scores follow a completed import a moment later (the recompute runs after the import's commit).
                assertThat(awaitExposureFactors(api, admin, engagement)).as("the completed import does count").contains("COMBOLIST");
            }
            assertStoredOnce(installation, interrupted, cleanRun.get("accepted"));
        }
    }

    @Test
    void anImportWhoseInstanceStoppedReportingIsFailedByAnotherInstance() throws Exception {
        try (Installation installation = Installation.create(temp.resolve("stale"))) {
            long interrupted;
            long engagement;
            try (PackagedService service = PackagedService.start(installation)) {
                ServiceClient api = new ServiceClient(service);
                String admin = api.admin();
                engagement = registerEngagementOnFirstSupplier(api, admin);
                interrupted = startAndKillMidway(service, api, admin);
            }

            // Another port is another instance: it does not take the job for its own, it waits for the heartbeat to age.
            try (PackagedService other = PackagedService.start(installation, PackagedService.freePort(),
                    Map.of("REGISTRY_LEAKS_STALE_AFTER", "PT5S"))) {
                ServiceClient api = new ServiceClient(other);
                String admin = api.admin();
                JsonPath failed = api.awaitImport(admin, interrupted, Duration.ofMinutes(1),
                        job -> job.getString("status").equals("FAILED"), "FAILED");
                assertThat(failed.getString("errorMessage")).contains("stopped reporting");
                assertThat(other.log()).contains("Leak import " + interrupted + " marked FAILED");
                assertCountsNowhere(api, admin, engagement);

                JsonPath rerun = api.awaitFinished(admin, api.upload(admin, leakFile, "ULP", "COMBOLIST"), IMPORT_TIMEOUT);

                assertThat(counters(rerun)).isEqualTo(cleanRun);
            }
            assertStoredOnce(installation, interrupted, cleanRun.get("accepted"));
        }
    }

    /** Suppliers, and one organisation whose engagement's service runs on the first supplier's portal. */
    private static long registerEngagementOnFirstSupplier(ServiceClient api, String admin) {
        api.importSuppliers(admin, LeakFiles.suppliersCsv(SUPPLIERS));
        long supplier = api.as(admin).queryParam("q", LeakFiles.supplierDomain(0)).get("/api/suppliers").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.domains.contains('" + LeakFiles.supplierDomain(0) + "') }.id", Long.class)
                .get(0);
        long organization = api.as(admin).body(Map.of("name", "AZ Crashtest", "sector", "Health", "nis2Category", "ESSENTIAL",
                "emailDomains", List.of("azcrashtest.example"))).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String ciso = api.sectorUser(admin, "ciso.sector", "CISO");
        return api.as(ciso).body(Map.of("supplierId", supplier, "service", "Patient registration",
                        "serviceHosts", List.of("portal." + LeakFiles.supplierDomain(0)), "dataCategories", List.of("HEALTH"),
                        "access", "USER", "criticality", "CRITICAL"))
                .post("/api/organizations/" + organization + "/engagements").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Uploads the file, waits until the job is RUNNING with observations stored, then kills the service with SIGKILL. */
    private long startAndKillMidway(PackagedService service, ServiceClient api, String admin) {
        long id = api.upload(admin, leakFile, "ULP", "COMBOLIST");
        JsonPath running = api.awaitImport(admin, id, IMPORT_TIMEOUT, job -> job.getString("status").equals("RUNNING")
                && job.getDouble("progress") > 0 && job.getLong("accepted") > 0, "RUNNING with observations stored");
        assertThat(running.getDouble("progress")).as("killed before the end").isLessThan(1.0);
        service.kill9();
        return id;
    }

    private static void assertCountsNowhere(ServiceClient api, String admin, long engagement) {
        List<Long> suppliers = api.as(admin).queryParam("size", 1000).get("/api/suppliers").then().statusCode(200).extract()
                .jsonPath().getList("id", Long.class);
        assertThat(suppliers).hasSize(SUPPLIERS);
        for (long supplier : suppliers) {
            JsonPath exposure = api.as(admin).get("/api/suppliers/" + supplier + "/exposure").then().statusCode(200).extract().jsonPath();
            assertThat(exposure.getLong("observations")).as("observations of supplier " + supplier).isZero();
            assertThat(exposure.getList("samples")).as("samples of supplier " + supplier).isEmpty();
        }
        JsonPath risk = api.as(admin).get("/api/engagements/" + engagement + "/risk").then().statusCode(200).extract().jsonPath();
        assertThat(risk.getDouble("components.exposure")).isZero();
        assertThat(exposureFactors(api, admin, engagement)).isEmpty();
    }

    private static List<String> awaitExposureFactors(ServiceClient api, String admin, long engagement) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<String> factors = exposureFactors(api, admin, engagement);
        while (factors.isEmpty() && Instant.now().isBefore(deadline)) {
            PackagedService.sleep(100);
            factors = exposureFactors(api, admin, engagement);
        }
        return factors;
    }

    private static List<String> exposureFactors(ServiceClient api, String admin, long engagement) {
        List<String> codes = api.as(admin).get("/api/engagements/" + engagement + "/risk").then().statusCode(200).extract()
                .jsonPath().getList("factors.code", String.class);
        return codes.stream().filter(EXPOSURE_FACTORS::contains).toList();
    }

    /** Read from the database itself (an H2 file only while no service holds it). */
    private static long observationsOf(Installation installation, long importId) throws SQLException {
        return single(installation, "SELECT COUNT(*) FROM leak_observation WHERE import_id = " + importId);
    }

    private static void assertStoredOnce(Installation installation, long failedImport, long accepted) throws SQLException {
        assertThat(observationsOf(installation, failedImport)).isZero();
        assertThat(single(installation, "SELECT COUNT(*) FROM leak_observation")).isEqualTo(accepted);
        assertThat(single(installation, "SELECT COUNT(DISTINCT login_hash || password_fingerprint || host) FROM leak_observation"))
                .isEqualTo(accepted);
        assertThat(single(installation, "SELECT COALESCE(SUM(observations), 0) FROM exposure_bucket")).isEqualTo(accepted);
    }

    private static long single(Installation installation, String sql) throws SQLException {
        try (Connection connection = installation.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Long> counters(JsonPath job) {
        Map<String, Long> counters = new LinkedHashMap<>();
        for (String name : List.of("linesRead", "accepted", "duplicates", "unmatched", "rejected", "skipped")) {
            counters.put(name, job.getLong(name));
        }
        return counters;
    }
}
