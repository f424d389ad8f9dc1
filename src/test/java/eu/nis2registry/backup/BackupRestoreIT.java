package eu.nis2registry.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.nis2registry.support.PackagedService;
import eu.nis2registry.support.PackagedService.CommandResult;
import eu.nis2registry.support.PackagedService.Installation;
import eu.nis2registry.support.ServiceClient;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The news case's advice, tested: back up a registry with data in every area, wipe it, restore the backup into a
 * new database and empty folders with the documented command, and get the same answer to every GET of the API
 * (found in the OpenAPI document, so a new endpoint is compared without editing this test).
 */
class BackupRestoreIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final Path work = PackagedService.workFolder(BackupRestoreIT.class);

    @Test
    void aRestoredRegistryAnswersEveryReadExactlyAsTheOriginalDid() throws Exception {
        try (Installation original = Installation.create(work.resolve("original"));
             Installation restored = original.emptyTwin(work.resolve("restored"))) {
            Tokens tokens;
            Ids ids;
            Map<String, Answer> before;
            JsonPath backup;
            JsonPath sampleImport;
            try (PackagedService service = PackagedService.start(original)) {
                ServiceClient api = new ServiceClient(service);
                String admin = api.admin();
                tokens = new Tokens(admin, api.sectorUser(admin, "ciso.sector", "CISO"),
                        api.sectorUser(admin, "officer.sector", "COMPLIANCE_OFFICER"));
                ids = representativeData(api, tokens);
                sampleImport = api.importJob(tokens.ciso, ids.imports.get(0));
                before = readEverything(api, tokens, ids);

                backup = api.as(tokens.admin).post("/api/admin/backup").then().statusCode(201).extract().jsonPath();

                // Changes after the backup are not part of it.
                api.as(tokens.admin).body(Map.of("name", "Registered after the backup", "sector", "Health",
                        "nis2Category", "IMPORTANT", "emailDomains", List.of())).post("/api/organizations").then().statusCode(201);
            }
            Path folder = original.backupsDir().resolve(backup.getString("name"));
            assertThat(backup.getLong("evidenceFiles")).isEqualTo(1);
            assertThat(backup.getLong("rows")).isPositive();

            CommandResult refused = PackagedService.command(restored, "restore", tamperedCopy(folder).toString());
            assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
            assertThat(refused.output()).contains("Restore refused", "content does not match its SHA-256");

            CommandResult restore = PackagedService.command(restored, "restore", folder.toString(), "--manifest-sha256",
                    backup.getString("manifestSha256"));
            assertThat(restore.exitCode()).as(restore.output()).isZero();
            assertThat(restore.output()).contains("Restored " + backup.getLong("rows") + " rows");

            try (PackagedService service = PackagedService.start(restored)) {
                ServiceClient api = new ServiceClient(service);
                Map<String, Answer> after = readEverything(api, tokens, ids);

                assertThat(after.keySet()).isEqualTo(before.keySet());
                List<String> different = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).toList();
                assertThat(different).as("answers that differ after the restore: %s", different.stream()
                        .map(k -> k + "\n  before: " + before.get(k) + "\n  after:  " + after.get(k)).toList()).isEmpty();
                assertThat(before).hasSizeGreaterThan(60);

                assertThat(api.as(tokens.admin).get("/api/audit-trail/verify").then().statusCode(200).extract().jsonPath()
                        .getBoolean("intact")).isTrue();
                assertThat(api.as(tokens.admin).get("/api/organizations").then().statusCode(200).extract().jsonPath()
                        .getList("name", String.class)).doesNotContain("Registered after the backup");
                // The keys and observations came back together: the same file is all duplicates.
                JsonPath again = api.awaitFinished(tokens.ciso, api.upload(tokens.ciso, sampleFile(), "ULP", "STEALER_LOG"),
                        Duration.ofMinutes(2));
                assertThat(again.getLong("accepted")).isZero();
                assertThat(again.getLong("duplicates")).isEqualTo(sampleImport.getLong("accepted") + sampleImport.getLong("duplicates"));
                // Logins, writes and identities go on from where the backup left them.
                String admin = api.admin();
                long next = api.as(admin).body(Map.of("name", "Registered after the restore", "sector", "Health",
                        "nis2Category", "IMPORTANT", "emailDomains", List.of())).post("/api/organizations").then().statusCode(201)
                        .extract().jsonPath().getLong("id");
                assertThat(next).isGreaterThan(ids.organizations.stream().mapToLong(Long::longValue).max().orElseThrow());
                assertThat(api.as(admin).get("/api/audit-trail/verify").then().statusCode(200).extract().jsonPath()
                        .getBoolean("intact")).isTrue();
            }
            assertThat(restored.dataDir().resolve("evidence")).isDirectory();
            assertThat(restored.dataDir().resolve("spool")).satisfiesAnyOf(
                    spool -> assertThat(spool).doesNotExist(), spool -> assertThat(spool).isEmptyDirectory());
        }
    }

    private record Tokens(String admin, String ciso, String officer) {
    }

    /** The ids a path parameter can take, by the collection the parameter follows. */
    private static final class Ids {
        final List<Long> organizations = new ArrayList<>();
        final List<Long> suppliers = new ArrayList<>();
        final List<Long> engagements = new ArrayList<>();
        final List<Long> audits = new ArrayList<>();
        final List<Long> evidence = new ArrayList<>();
        final List<Long> findings = new ArrayList<>();
        final List<Long> imports = new ArrayList<>();
        final List<Long> users = new ArrayList<>();
        final List<Long> reports = new ArrayList<>();
        final List<String> questionnaires = List.of("post-leak", "nis2-supplier-security");

        List<?> of(String collection, String template) {
            return switch (collection) {
                case "organizations" -> organizations;
                case "suppliers" -> suppliers;
                case "engagements" -> engagements;
                case "audits" -> audits;
                case "evidence" -> evidence;
                case "findings" -> findings;
                case "leak-imports" -> imports;
                case "users" -> users;
                case "reports" -> reports;
                case "questionnaires" -> questionnaires;
                default -> throw new AssertionError(template + ": this test does not know the ids of '" + collection
                        + "'; add them to Ids and to the representative data");
            };
        }
    }

    /** Two hospitals, a supplier chain, engagements, an approved audit with evidence and findings, a draft, leaks. */
    private static Ids representativeData(ServiceClient api, Tokens tokens) throws IOException {
        Ids ids = new Ids();
        for (String[] org : new String[][] {{"AZ Hospital A", "azhospital-a.example"}, {"AZ Hospital B", "azhospital-b.example"}}) {
            ids.organizations.add(api.as(tokens.admin).body(Map.of("name", org[0], "sector", "Health", "nis2Category", "ESSENTIAL",
                    "emailDomains", List.of(org[1]))).post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        // Several roles and organisations: sets in answers must come back in the same order.
        api.as(tokens.admin).body(Map.of("username", "officer.two-hospitals", "password", "it-user-password-1",
                "roles", List.of("COMPLIANCE_OFFICER", "CISO", "AUDITOR"), "organizationIds", ids.organizations,
                "allOrganizations", false)).post("/api/users").then().statusCode(201);
        for (String[] supplier : new String[][] {{"MediReg", "medireg.example"}, {"CloudHost", "cloudhost.example"},
                {"ITServ", "itserv.example"}}) {
            ids.suppliers.add(api.as(tokens.admin).body(Map.of("name", supplier[0], "domains", List.of(supplier[1])))
                    .post("/api/suppliers").then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        api.as(tokens.admin).body(Map.of("subcontractorId", ids.suppliers.get(1)))
                .post("/api/suppliers/" + ids.suppliers.get(0) + "/subcontractors").then().statusCode(204);
        ids.engagements.add(engagement(api, tokens.officer, ids.organizations.get(0), ids.suppliers.get(0), "USER", "portal.medireg.example"));
        ids.engagements.add(engagement(api, tokens.officer, ids.organizations.get(1), ids.suppliers.get(0), "USER", "portal.medireg.example"));
        ids.engagements.add(engagement(api, tokens.officer, ids.organizations.get(0), ids.suppliers.get(2), "PRIVILEGED", "remote.itserv.example"));

        long approved = audit(api, tokens.officer, ids.engagements.get(0));
        ids.audits.add(approved);
        ids.evidence.add(api.multipart(tokens.officer, "questionId", "leak-passwords-reset", "reset-report.txt",
                        "All 412 portal passwords were reset on 3 March.".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/audits/" + approved + "/evidence").then().statusCode(201).extract().jsonPath().getLong("id"));
        api.as(tokens.officer).post("/api/audits/" + approved + "/submit").then().statusCode(200);
        api.as(tokens.ciso).body(Map.of("decision", "APPROVE", "comment", "Checked with MediReg")).post("/api/audits/" + approved + "/review")
                .then().statusCode(200);
        ids.findings.addAll(api.as(tokens.ciso).get("/api/organizations/" + ids.organizations.get(0) + "/findings").then()
                .statusCode(200).extract().jsonPath().getList("id", Long.class));
        assertThat(ids.findings).isNotEmpty();
        api.as(tokens.ciso).body(Map.of("status", "RESOLVED", "owner", "IT security", "note", "Scan done"))
                .put("/api/findings/" + ids.findings.get(0)).then().statusCode(200);
        ids.audits.add(api.as(tokens.officer).body(Map.of("questionnaireKey", "nis2-supplier-security"))
                .post("/api/engagements/" + ids.engagements.get(2) + "/audits").then().statusCode(201).extract().jsonPath().getLong("id"));

        JsonPath leak = api.awaitFinished(tokens.ciso, api.upload(tokens.ciso, sampleFile(), "ULP", "STEALER_LOG"), Duration.ofMinutes(2));
        assertThat(leak.getString("status")).isEqualTo("COMPLETED");
        assertThat(leak.getLong("accepted")).isPositive();
        ids.imports.add(leak.getLong("id"));
        api.as(tokens.ciso).body(Map.of("supplierId", ids.suppliers.get(2), "source", "Press report", "kind", "STEALER_LOG",
                "records", 1000, "stealerShare", 0.8)).post("/api/leak-observations/aggregate").then().statusCode(201);

        ids.users.addAll(api.as(tokens.admin).get("/api/users").then().statusCode(200).extract().jsonPath().getList("id", Long.class));
        if (documentedPaths(api).containsKey("/api/reports")) {
            // Reports (once that feature is merged): the archive must come back with the database.
            ids.reports.add(api.as(tokens.ciso).body(Map.of("kind", "AUDIT", "auditId", approved)).post("/api/reports")
                    .then().statusCode(201).extract().jsonPath().getLong("id"));
            ids.reports.add(api.as(tokens.ciso).body(Map.of("kind", "ORGANIZATION", "organizationId", ids.organizations.get(0)))
                    .post("/api/reports").then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        return ids;
    }

    private static long engagement(ServiceClient api, String token, long organization, long supplier, String access, String host) {
        return api.as(token).body(Map.of("supplierId", supplier, "service", "Service " + host, "serviceHosts", List.of(host),
                        "dataCategories", List.of("HEALTH", "PERSONAL"), "access", access, "criticality", "CRITICAL"))
                .post("/api/organizations/" + organization + "/engagements").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A post-leak audit answered in full: two answers are NO, so that the approval opens findings. */
    private static long audit(ServiceClient api, String token, long engagement) {
        long audit = api.as(token).body(Map.of("questionnaireKey", "post-leak")).post("/api/engagements/" + engagement + "/audits")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath definition = api.as(token).get("/api/questionnaires/post-leak").then().statusCode(200).extract().jsonPath();
        List<String> questions = definition.getList("sections.questions.flatten().id");
        List<String> types = definition.getList("sections.questions.flatten().type");
        Map<String, Object> answers = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            Object value = switch (types.get(i)) {
                case "YES_NO" -> List.of("leak-intrusion-scan", "leak-backups-restore-tested").contains(questions.get(i)) ? "NO" : "YES";
                case "TEXT" -> "Stealer malware on a support laptop; rebuilt, accounts reset.";
                case "SCALE" -> 3;
                default -> "NOT_APPLICABLE";
            };
            answers.put(questions.get(i), Map.of("value", value, "comment", "Answered by the supplier on 4 March"));
        }
        api.as(token).body(Map.of("answers", answers)).put("/api/audits/" + audit + "/answers").then().statusCode(200);
        return audit;
    }

    private static Path sampleFile() {
        return Path.of("src/test/resources/leaks/sample.ulp.txt");
    }

    /** Every GET of the API, for every id it can take, as the administrator and as a CISO of all organisations. */
    private static Map<String, Answer> readEverything(ServiceClient api, Tokens tokens, Ids ids) {
        Map<String, Answer> answers = new TreeMap<>();
        for (String template : documentedPaths(api).entrySet().stream().filter(e -> e.getValue()).map(Map.Entry::getKey).toList()) {
            for (String path : expand(template, ids)) {
                List<String> variants = path.equals("/api/audit-trail") ? List.of(path, path + "?size=1000") : List.of(path);
                for (String url : variants) {
                    for (Map.Entry<String, String> user : Map.of("admin", tokens.admin, "ciso", tokens.ciso).entrySet()) {
                        answers.put(user.getKey() + " GET " + url, Answer.of(api.as(user.getValue()).accept("*/*").get(url)));
                    }
                }
            }
        }
        return answers;
    }

    /** Paths under /api and whether they have a GET operation. */
    private static Map<String, Boolean> documentedPaths(ServiceClient api) {
        Map<String, Map<String, Object>> paths = api.anonymous().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Map<String, Boolean> result = new TreeMap<>();
        paths.forEach((path, operations) -> {
            if (path.startsWith("/api/")) {
                result.put(path, operations.containsKey("get"));
            }
        });
        return result;
    }

    private static List<String> expand(String template, Ids ids) {
        List<String> paths = new ArrayList<>(List.of(template));
        Matcher parameter = PARAMETER.matcher(template);
        while (parameter.find()) {
            String before = template.substring(0, parameter.start() - 1);
            String collection = before.substring(before.lastIndexOf('/') + 1);
            List<?> values = ids.of(collection, template);
            List<String> next = new ArrayList<>();
            for (String path : paths) {
                for (Object value : values) {
                    next.add(path.replace(parameter.group(), value.toString()));
                }
            }
            paths = next;
        }
        return paths;
    }

    /** A copy of the backup in which one byte of one table's rows differs. */
    private Path tamperedCopy(Path folder) throws IOException {
        Path copy = work.resolve("tampered").resolve(folder.getFileName());
        try (var files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(folder.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        try (var tables = Files.list(copy.resolve("database"))) {
            Path organizations = tables.filter(p -> p.getFileName().toString().endsWith("-organization.jsonl")).findFirst().orElseThrow();
            Files.writeString(organizations, Files.readString(organizations).replace("AZ Hospital B", "AZ Hospital C"));
        }
        return copy;
    }

    /**
     * An answer as a client sees it: status and body, JSON compared as a tree, zip files (the inventory export, the
     * xlsx) entry by entry (their entries carry the moment they were zipped), anything else byte for byte.
     */
    private record Answer(int status, String contentType, Object body) {
        static Answer of(Response response) {
            byte[] bytes = response.asByteArray();
            String type = response.getContentType() == null ? "" : response.getContentType().replaceAll(";.*", "");
            Object body;
            if (type.contains("json")) {
                try {
                    body = JSON.readTree(bytes);
                } catch (IOException e) {
                    throw new AssertionError("not JSON: " + new String(bytes, StandardCharsets.UTF_8));
                }
            } else if (bytes.length > 2 && bytes[0] == 'P' && bytes[1] == 'K') {
                body = zipEntries(bytes);
            } else {
                body = new String(bytes, StandardCharsets.ISO_8859_1);
            }
            return new Answer(response.statusCode(), type, body);
        }

        private static Map<String, String> zipEntries(byte[] zip) {
            Map<String, String> entries = new LinkedHashMap<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    String content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                    // POI writes the moment of the download into a workbook's properties: the same on no two downloads.
                    entries.put(entry.getName(), entry.getName().equals("docProps/core.xml")
                            ? content.replaceAll("<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\\1>", "") : content);
                }
            } catch (IOException e) {
                throw new AssertionError("not a zip file", e);
            }
            return entries;
        }
    }
}
