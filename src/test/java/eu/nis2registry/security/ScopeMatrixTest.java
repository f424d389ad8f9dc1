package eu.nis2registry.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.nis2registry.support.Api;
import eu.nis2registry.support.Multipart;
import eu.nis2registry.support.OpenApi;
import eu.nis2registry.support.OpenApi.Operation;
import eu.nis2registry.support.OpenApi.Parameter;
import eu.nis2registry.support.RecordKind;
import eu.nis2registry.support.SampleBody;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import static eu.nis2registry.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every /api operation of the OpenAPI document, called without a token and by every role of organisation A on
 * the records of organisation B: 401, 403 or 404, never an answer that carries B's data. Path parameters are
 * filled from B's records by the path segment before them, bodies are generated from their schema so that
 * only scope can refuse them. An operation the test cannot fill fails the test: a new endpoint must be mapped
 * here (or allow-listed with a reason) before it can ship.
 */
@QuarkusTest
class ScopeMatrixTest {

    /**
     * Operations whose path names a shared record (suppliers and questionnaires are shared by design, API.md
     * "Scope"), so that a 2xx is right for anyone with the role; their answers are still searched for B's data.
     */
    static final Map<String, String> SHARED = Map.of(
            "GET /api/suppliers/{id}", "suppliers are shared records",
            "PUT /api/suppliers/{id}", "suppliers are shared records that every writer keeps",
            "POST /api/suppliers/{id}/subcontractors", "the supply chain of a shared supplier is shared",
            "DELETE /api/suppliers/{id}/subcontractors/{subcontractorId}", "the supply chain of a shared supplier is shared",
            "GET /api/suppliers/{supplierId}/exposure", "a supplier's leak exposure is shared; byOrganization only in scope",
            "GET /api/suppliers/{supplierId}/blast-radius", "shared supplier; only organisations in scope are listed",
            "GET /api/suppliers/{supplierId}/risk", "shared supplier; only engagements in scope are listed",
            "GET /api/questionnaires/{key}", "questionnaire definitions are the same for every organisation");

    /** Never called: the one operation without a token (API.md). */
    static final Set<String> SKIPPED = Set.of("POST /api/auth/token");

    /** Query values without which an operation fails validation before scope is checked. */
    private static final Map<String, String> QUERY_EXAMPLES = Map.of(
            "/api/leak-imports format", "ULP",
            "/api/leak-imports kind", "COMBOLIST",
            "/api/leak-imports source", "scope-matrix");

    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static World world;

    /** Organisation A with its users, B with a record of every kind, the shared suppliers both use. */
    record World(long orgA, long orgB, Map<RecordKind, Object> b, Map<RecordKind, Object> a, String questionId, List<String> markers,
            List<Api.User> usersOfA, Map<String, String> roleOf, Api.User officerB, Api.User cisoB, byte[] reportPdfOfB) {
    }

    @Test
    void everyOperationWithoutATokenAnswers401() {
        World w = world();
        List<String> failures = new ArrayList<>();
        for (Operation op : operations()) {
            for (Call call : calls(op, w, w.b(), failures)) {
                Response answer = send(call, null);
                if (answer.statusCode() != 401) {
                    failures.add(call + " without a token answered " + answer.statusCode() + ", not 401");
                }
                checkErrorBody(call, answer, failures);
            }
        }
        assertThat(failures).as("operations that did not demand a token").isEmpty();
    }

    @Test
    void everyRoleOfAnotherOrganizationIsKeptOutOfBsRecords() {
        World w = world();
        Map<String, String> before = snapshotOfB(w);
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Operation op : operations()) {
            for (Api.User user : w.usersOfA()) {
                String role = w.roleOf().get(user.username());
                for (Call call : calls(op, w, w.b(), failures)) {
                    calls++;
                    judge(call, role, user.token(), w, failures);
                }
                for (Call call : mixedCalls(op, w, failures)) {
                    calls++;
                    judge(call, role, user.token(), w, failures);
                }
            }
        }
        System.out.printf("Scope matrix: %d operations, %d calls by %d users of organisation A%n", operations().size(), calls,
                w.usersOfA().size());
        assertThat(calls).isGreaterThan(200);
        assertThat(failures).as("answers that let organisation A reach B's records").isEmpty();
        assertThat(snapshotOfB(w)).as("B's records after every call of A's users").isEqualTo(before);
    }

    /** ADMIN sees every organisation by design: it is only called where its role is refused. */
    @Test
    void adminIsRefusedWhereItsRoleIsNotAmongTheAllowed() {
        World w = world();
        Map<String, String> before = snapshotOfB(w);
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Operation op : operations()) {
            if (!op.refuses("ADMIN")) {
                continue;
            }
            for (Call call : calls(op, w, w.b(), failures)) {
                calls++;
                Response answer = send(call, Api.admin());
                if (answer.statusCode() != 403) {
                    failures.add(call + " as ADMIN answered " + answer.statusCode() + ", not 403");
                }
                checkErrorBody(call, answer, failures);
            }
        }
        assertThat(calls).isPositive();
        assertThat(failures).isEmpty();
        assertThat(snapshotOfB(w)).isEqualTo(before);
    }

    /**
     * The inventory import carries its records in CSV rows, where the generic matrix cannot put B's ids: rows naming
     * B's organisation or engagement are refused (a row error is the import's way of refusing: all rows or none).
     */
    @Test
    void anInventoryImportByAUserOfANeverWritesIntoB() {
        World w = world();
        Map<String, String> before = snapshotOfB(w);
        String orgB = as(w.cisoB().token()).get("/api/organizations/" + w.orgB()).then().extract().jsonPath().getString("name");
        // The subcontractor: A's writers may rename the shared supplier itself during the matrix.
        String supplier = as(w.cisoB().token()).get("/api/suppliers/" + w.b().get(RecordKind.SUBCONTRACTOR)).then().extract()
                .jsonPath().getString("domains[0]");
        assertThat(supplier).isNotBlank();
        String orgA = as(w.usersOfA().get(0).token()).get("/api/organizations/" + w.orgA()).then().extract().jsonPath().getString("name");
        String header = "id,organization,supplier,service,service_hosts,data_categories,access,criticality,contract_clauses\n";
        Map<String, String> files = new LinkedHashMap<>();
        files.put("engagements", header + "," + orgB + "," + supplier + ",Planted by A,,HEALTH,PRIVILEGED,CRITICAL,\n");
        files.put("engagements ", header + w.b().get(RecordKind.ENGAGEMENT) + "," + orgA + "," + supplier + ",Taken by A,,HEALTH,USER,LOW,\n");
        files.put("organizations", "id,name,enterprise_number,sector,nis2_category,email_domains\n"
                + w.orgB() + ",Renamed by A,,Health,ESSENTIAL,\n");
        for (Api.User user : w.usersOfA()) {
            files.forEach((kind, csv) -> {
                Response answer = given().header("Authorization", "Bearer " + user.token()).contentType("text/csv")
                        .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/inventory/import?kind=" + kind.strip());
                assertThat(answer.statusCode()).as("%s import of B's rows by %s", kind, w.roleOf().get(user.username()))
                        .isBetween(400, 499);
            });
        }
        assertThat(snapshotOfB(w)).isEqualTo(before);
    }

    /** The detector itself: B's own users do see B's data in the shared answers, so its absence above means something. */
    @Test
    void bsOwnUsersSeeBsDataWhereAsAreShownNone() {
        World w = world();
        long supplier = (Long) w.b().get(RecordKind.SUPPLIER);
        for (String path : List.of("/api/suppliers/" + supplier + "/exposure", "/api/suppliers/" + supplier + "/blast-radius",
                "/api/suppliers/" + supplier + "/risk", "/api/audits/" + w.b().get(RecordKind.AUDIT))) {
            Response ofB = as(w.cisoB().token()).get(path);
            assertThat(ofB.statusCode()).as(path).isEqualTo(200);
            assertThat(dataOfB(ofB, w)).as("B's data in %s for B's CISO", path).isNotEmpty();
        }
        Response ofA = as(w.usersOfA().get(1).token()).get("/api/suppliers/" + supplier + "/blast-radius");
        assertThat(ofA.jsonPath().getList("organizations.organizationId", Long.class)).containsExactly(w.orgA());
    }

    private static void judge(Call call, String role, String token, World w, List<String> failures) {
        Response answer = send(call, token);
        int status = answer.statusCode();
        String who = call + " as " + role + " of A";
        if (status >= 500) {
            failures.add(who + " answered " + status);
        }
        if (call.op().refuses(role) && status != 403) {
            failures.add(who + " answered " + status + ", but the role is not allowed: 403");
        } else if (call.namesARecordOfB() && !SHARED.containsKey(call.op().key()) && status != 403 && status != 404) {
            failures.add(who + " answered " + status + " on B's record: only 403 or 404 keep B's records out of reach");
        } else if (call.referencesB() && call.op().isWrite() && status != 403 && status != 404) {
            failures.add(who + " answered " + status + " to a write naming B's record: only 403 or 404");
        } else if (call.namesASharedRecordOnly() && !SHARED.containsKey(call.op().key()) && status / 100 == 2) {
            failures.add(who + " answered " + status + " on a shared record: scope it, or allow-list it in SHARED with a reason");
        }
        checkErrorBody(call, answer, failures);
        List<String> leaked = dataOfB(answer, w);
        if (!leaked.isEmpty()) {
            failures.add(who + " answered " + status + " with B's data: " + leaked);
        }
    }

    // ------------------------------------------------------------------------------------------ requests

    /** One concrete request: a path with its ids, query values and a body of one of the operation's media types. */
    record Call(Operation op, String path, Map<String, Object> query, String mediaType, Object body,
            Map<String, Object> parts, Set<RecordKind> pathKinds, boolean referencesB) {

        boolean namesARecordOfB() {
            return pathKinds.stream().anyMatch(k -> k.organizationOwned);
        }

        boolean namesASharedRecordOnly() {
            return !pathKinds.isEmpty() && pathKinds.stream().noneMatch(k -> k.organizationOwned);
        }

        @Override
        public String toString() {
            return op.method() + " " + path + (query.isEmpty() ? "" : " " + query);
        }
    }

    private static List<Operation> operations() {
        return OpenApi.load().apiOperations().stream().filter(op -> !SKIPPED.contains(op.key())).toList();
    }

    /** The operation on the records of {@code ids}; empty (with a failure noted) when it cannot be mapped. */
    private static List<Call> calls(Operation op, World w, Map<RecordKind, Object> ids, List<String> failures) {
        List<String> problems = new ArrayList<>();
        Map<String, RecordKind> pathKinds = RecordKind.ofPath(op.path(), problems);
        String path = op.path();
        for (Map.Entry<String, RecordKind> p : pathKinds.entrySet()) {
            Object id = ids.get(p.getValue());
            if (id == null) {
                problems.add("no record of kind " + p.getValue() + " for {" + p.getKey() + "}");
                continue;
            }
            path = path.replace("{" + p.getKey() + "}", String.valueOf(id));
        }
        boolean[] referencesB = {false};
        Map<String, Object> query = new LinkedHashMap<>();
        for (Parameter q : op.in("query")) {
            Optional<RecordKind> kind = RecordKind.ofField(q.name());
            String example = QUERY_EXAMPLES.get(op.path() + " " + q.name());
            if (kind.isPresent()) {
                query.put(q.name(), ids.get(kind.get()));
                referencesB[0] |= kind.get().organizationOwned;
            } else if (example != null) {
                query.put(q.name(), example);
            } else if (q.required()) {
                problems.add("required query parameter '" + q.name() + "' has no example value");
            }
        }
        if (!problems.isEmpty()) {
            failures.add(op.key() + " cannot be mapped to B's records: " + String.join("; ", problems)
                    + ". Teach ScopeMatrixTest this parameter (CONTEXTS, RecordKind or QUERY_EXAMPLES).");
            return List.of();
        }
        Set<RecordKind> kinds = Set.copyOf(pathKinds.values());
        if (op.bodies().isEmpty()) {
            return List.of(new Call(op, path, query, null, null, Map.of(), kinds, referencesB[0]));
        }
        Map.Entry<String, JsonNode> media = preferredBody(op);
        String type = media.getKey();
        SampleBody sampler = new SampleBody(openApi(), field -> valueOf(field, ids, w, referencesB), w.questionId());
        if (type.contains("json")) {
            Object body = sampler.of(media.getValue());
            problems.addAll(sampler.problems());
            check(op, problems, failures);
            return problems.isEmpty() ? List.of(new Call(op, path, query, type, toJson(body), Map.of(), kinds, referencesB[0])) : List.of();
        }
        if (type.startsWith("multipart/")) {
            Map<String, Object> parts = new LinkedHashMap<>();
            Object fields = sampler.of(media.getValue());
            if (fields instanceof Map<?, ?> map) {
                map.forEach((name, value) -> parts.put((String) name, value));
            }
            media.getValue().path("properties").fields().forEachRemaining(property -> {
                if ("binary".equals(openApi().resolve(property.getValue()).path("format").asText())) {
                    parts.put(property.getKey(), "scope matrix evidence\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    parts.computeIfAbsent(property.getKey(), name -> valueOf(name, ids, w, referencesB).orElse("sm-part"));
                }
            });
            problems.addAll(sampler.problems());
            check(op, problems, failures);
            return problems.isEmpty() ? List.of(new Call(op, path, query, type, null, parts, kinds, referencesB[0])) : List.of();
        }
        byte[] bytes = type.equals("application/pdf") && w.reportPdfOfB() != null ? w.reportPdfOfB()
                : ("https://portal.scope-matrix.example/login:someone@scope-matrix.example:pw-" + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        return List.of(new Call(op, path, query, type.equals("*/*") ? "application/octet-stream" : type, bytes, Map.of(),
                kinds, referencesB[0]));
    }

    /**
     * For a path with several records of B ({@code /api/audits/{id}/evidence/{evidenceId}}): each one of B's under
     * a path otherwise of A's own, as someone who guesses B's ids would try.
     */
    private static List<Call> mixedCalls(Operation op, World w, List<String> failures) {
        Map<String, RecordKind> kinds = RecordKind.ofPath(op.path(), new ArrayList<>());
        List<RecordKind> owned = kinds.values().stream().filter(k -> k.organizationOwned).toList();
        if (owned.size() < 2) {
            return List.of();
        }
        List<Call> calls = new ArrayList<>();
        for (RecordKind ofB : owned) {
            Map<RecordKind, Object> ids = new HashMap<>(w.a());
            ids.put(ofB, w.b().get(ofB));
            for (RecordKind k : owned) {
                if (!ids.containsKey(k)) {
                    failures.add(op.key() + ": A has no record of kind " + k + " to combine with B's " + ofB
                            + "; give organisation A one in ScopeMatrixTest.world()");
                    return List.of();
                }
            }
            calls.addAll(calls(op, w, ids, failures));
        }
        return calls;
    }

    private static Map.Entry<String, JsonNode> preferredBody(Operation op) {
        return op.bodies().entrySet().stream().filter(e -> e.getKey().contains("json")).findFirst()
                .or(() -> op.bodies().entrySet().stream().filter(e -> e.getKey().startsWith("multipart/")).findFirst())
                .orElse(op.bodies().entrySet().iterator().next());
    }

    /** B's record (or the shared one) a field names; marks the call as reaching for B's when it is B's own. */
    private static Optional<Object> valueOf(String field, Map<RecordKind, Object> ids, World w, boolean[] referencesB) {
        if (field.equals("questionId")) {
            return Optional.of(w.questionId());
        }
        Optional<RecordKind> kind = RecordKind.ofField(field);
        if (kind.isPresent() && ids.containsKey(kind.get())) {
            referencesB[0] |= kind.get().organizationOwned;
            return Optional.of(ids.get(kind.get()));
        }
        Optional<RecordKind> listKind = RecordKind.ofListField(field);
        if (listKind.isPresent() && ids.containsKey(listKind.get())) {
            referencesB[0] |= listKind.get().organizationOwned;
            return Optional.of(List.of(ids.get(listKind.get())));
        }
        return Optional.empty();
    }

    private static void check(Operation op, List<String> problems, List<String> failures) {
        if (!problems.isEmpty()) {
            failures.add(op.key() + " cannot be given a body: " + String.join("; ", problems)
                    + ". Teach ScopeMatrixTest this field.");
        }
    }

    private static OpenApi cachedDoc;

    private static synchronized OpenApi openApi() {
        if (cachedDoc == null) {
            cachedDoc = OpenApi.load();
        }
        return cachedDoc;
    }

    private static String toJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response send(Call call, String token) {
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        call.query().forEach(request::queryParam);
        if (!call.parts().isEmpty()) {
            Multipart multipart = Multipart.of(call.parts(), "scope-matrix.txt");
            request.contentType(multipart.contentType()).body(multipart.body());
        } else if (call.body() != null) {
            request.contentType(call.mediaType());
            if (call.body() instanceof byte[] bytes) {
                request.body(bytes);
            } else {
                request.body(call.body());
            }
        } else if (call.op().isWrite()) {
            request.contentType("application/json");
        }
        return request.request(call.op().method(), call.path());
    }

    // ------------------------------------------------------------------------------------------ answers

    private static void checkErrorBody(Call call, Response answer, List<String> failures) {
        String body = answer.asString();
        if (body.contains("Exception") || STACK_FRAME.matcher(body).find()) {
            failures.add(call + " leaked internals: " + abbreviate(body));
        }
        if (answer.statusCode() >= 400) {
            try {
                JsonNode error = JSON.readTree(body);
                if (error == null || !error.path("error").isTextual() || !error.path("message").isTextual()
                        || !error.path("details").isArray()) {
                    failures.add(call + " answered " + answer.statusCode() + " without the API.md error body: " + abbreviate(body));
                }
            } catch (IOException e) {
                failures.add(call + " answered " + answer.statusCode() + " with a body that is not JSON: " + abbreviate(body));
            }
        }
    }

    /** What of B's an answer shows: its unique names and texts, or its ids under the fields that name B's records. */
    static List<String> dataOfB(Response answer, World w) {
        List<String> found = new ArrayList<>();
        String text = textOf(answer).toLowerCase(Locale.ROOT);
        for (String marker : w.markers()) {
            if (text.contains(marker.toLowerCase(Locale.ROOT))) {
                found.add("'" + marker + "'");
            }
        }
        String type = answer.getContentType() == null ? "" : answer.getContentType();
        if (type.contains("json")) {
            try {
                walk(JSON.readTree(answer.asByteArray()), null, w, found);
            } catch (IOException e) {
                found.add("(a JSON answer that does not parse)");
            }
        }
        return found;
    }

    private static void walk(JsonNode node, String field, World w, List<String> found) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(e.getValue(), e.getKey(), w, found));
        } else if (node.isArray()) {
            node.forEach(item -> walk(item, field, w, found));
        } else if (field != null && node.isIntegralNumber()) {
            RecordKind.ofField(field).or(() -> RecordKind.ofListField(field)).filter(k -> k.organizationOwned)
                    .filter(k -> w.b().get(k) instanceof Long id && id == node.asLong())
                    .ifPresent(k -> found.add(field + "=" + node.asLong()));
        }
    }

    /** The answer as text; a zip (the inventory export) is searched entry by entry. */
    private static String textOf(Response answer) {
        byte[] bytes = answer.asByteArray();
        String type = answer.getContentType() == null ? "" : answer.getContentType();
        if (type.contains("zip") || (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && type.contains("octet"))) {
            StringBuilder out = new StringBuilder();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                while (zip.getNextEntry() != null) {
                    out.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            } catch (IOException e) {
                out.append(new String(bytes, StandardCharsets.ISO_8859_1));
            }
            return out.toString();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    // ------------------------------------------------------------------------------------------ the world

    private static synchronized World world() {
        if (world == null) {
            world = build();
        }
        return world;
    }

    private static World build() {
        String admin = Api.admin();
        String nameA = Api.unique("ScopeA");
        String nameB = Api.unique("ScopeB");
        String domainB = Api.unique("scopeb") + ".example";
        long orgA = Api.createOrganization(nameA, Api.unique("scopea") + ".example");
        long orgB = Api.createOrganization(nameB, domainB);
        long orgC = Api.createOrganization(Api.unique("ScopeC"), Api.unique("scopec") + ".example");
        String supplierDomain = Api.unique("scopes") + ".example";
        long supplier = Api.createSupplier(Api.unique("Scope shared"), supplierDomain);
        long subcontractor = Api.createSupplier(Api.unique("Scope sub"), Api.unique("scopesub") + ".example");
        as(admin).body(Map.of("subcontractorId", subcontractor)).post("/api/suppliers/" + supplier + "/subcontractors")
                .then().statusCode(204);

        Api.User officerB = Api.user("COMPLIANCE_OFFICER", List.of(orgB));
        Api.User cisoB = Api.user("CISO", List.of(orgB));
        String serviceB = Api.unique("ServiceB");
        String hostB = Api.unique("bhost") + "." + supplierDomain;
        long engagementB = as(officerB.token()).body(Map.of("supplierId", supplier, "service", serviceB,
                        "serviceHosts", List.of(hostB), "dataCategories", List.of("HEALTH"), "access", "PRIVILEGED",
                        "criticality", "CRITICAL"))
                .post("/api/organizations/" + orgB + "/engagements").then().statusCode(201).extract().jsonPath().getLong("id");

        JsonPath definition = as(officerB.token()).get("/api/questionnaires/post-leak").then().statusCode(200).extract().jsonPath();
        List<String> ids = definition.getList("sections.questions.flatten().id");
        List<String> types = definition.getList("sections.questions.flatten().type");
        String commentB = Api.unique("CommentB");
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Object value = switch (types.get(i)) {
                case "YES_NO" -> "NO";
                case "TEXT" -> "Nothing was done";
                case "SCALE" -> 1;
                default -> "NOT_APPLICABLE";
            };
            answers.put(ids.get(i), Map.of("value", value, "comment", commentB));
        }
        long auditB = startAudit(officerB, engagementB);
        as(officerB.token()).body(Map.of("answers", answers)).put("/api/audits/" + auditB + "/answers").then().statusCode(200);
        String evidenceName = Api.unique("EvidenceB") + ".txt";
        long evidenceB = uploadEvidence(officerB, auditB, ids.get(0), evidenceName);
        as(officerB.token()).post("/api/audits/" + auditB + "/submit").then().statusCode(200);
        JsonPath approved = as(cisoB.token()).body(Map.of("decision", "APPROVE", "comment", commentB))
                .post("/api/audits/" + auditB + "/review").then().statusCode(200).extract().jsonPath();
        List<Long> findings = approved.getList("findings.id", Long.class);
        assertThat(findings).as("findings of B's audit answered NO").isNotEmpty();

        String sourceB = Api.unique("SourceB");
        StringBuilder leak = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            leak.append("https://portal.").append(supplierDomain).append("/login:person").append(i).append('@').append(domainB)
                    .append(":Secret-").append(UUID.randomUUID()).append('\n');
        }
        long leakImportB = as(cisoB.token()).contentType("text/plain").body(leak.toString())
                .post("/api/leak-imports?format=ULP&kind=STEALER_LOG&source=" + sourceB + "&organizationId=" + orgB)
                .then().statusCode(202).extract().jsonPath().getLong("id");
        awaitImport(cisoB, leakImportB);
        String aggregateSourceB = Api.unique("AggregateB");
        long aggregateRecordsB = 900_000_000L + ThreadLocalRandom.current().nextLong(100_000, 999_999);
        as(cisoB.token()).body(Map.of("supplierId", supplier, "organizationId", orgB, "source", aggregateSourceB,
                "kind", "STEALER_LOG", "records", aggregateRecordsB)).post("/api/leak-observations/aggregate").then().statusCode(201);

        Map<RecordKind, Object> b = new HashMap<>();
        b.put(RecordKind.ORGANIZATION, orgB);
        b.put(RecordKind.ENGAGEMENT, engagementB);
        b.put(RecordKind.AUDIT, auditB);
        b.put(RecordKind.EVIDENCE, evidenceB);
        b.put(RecordKind.FINDING, findings.get(0));
        b.put(RecordKind.LEAK_IMPORT, leakImportB);
        b.put(RecordKind.USER, officerB.id());
        b.put(RecordKind.SUPPLIER, supplier);
        b.put(RecordKind.SUBCONTRACTOR, subcontractor);
        b.put(RecordKind.QUESTIONNAIRE, "post-leak");
        byte[] reportPdf = reportOfB(cisoB, auditB, b);

        Api.User officerA = Api.user("COMPLIANCE_OFFICER", List.of(orgA));
        Api.User cisoA = Api.user("CISO", List.of(orgA));
        Api.User auditorA = Api.user("AUDITOR", List.of(orgA));
        Api.User groupCisoA = Api.user(List.of("CISO"), List.of(orgA, orgC), false);
        long engagementA = Api.createEngagement(officerA.token(), orgA, supplier, "USER", List.of("PERSONAL"),
                "portal." + supplierDomain);
        long auditA = startAudit(officerA, engagementA);
        long evidenceA = uploadEvidence(officerA, auditA, ids.get(0), "evidence-of-a.txt");
        Map<RecordKind, Object> a = new HashMap<>(b);
        a.put(RecordKind.ORGANIZATION, orgA);
        a.put(RecordKind.ENGAGEMENT, engagementA);
        a.put(RecordKind.AUDIT, auditA);
        a.put(RecordKind.EVIDENCE, evidenceA);
        a.remove(RecordKind.FINDING);
        a.remove(RecordKind.LEAK_IMPORT);
        a.remove(RecordKind.USER);
        a.remove(RecordKind.REPORT);

        List<String> markers = new ArrayList<>(List.of(nameB, domainB, serviceB, hostB, commentB, evidenceName, sourceB,
                aggregateSourceB, Long.toString(aggregateRecordsB), officerB.username(), cisoB.username()));
        Map<String, String> roleOf = Map.of(officerA.username(), "COMPLIANCE_OFFICER", cisoA.username(), "CISO",
                auditorA.username(), "AUDITOR", groupCisoA.username(), "CISO");
        return new World(orgA, orgB, Map.copyOf(b), Map.copyOf(a), ids.get(0), List.copyOf(markers),
                List.of(officerA, cisoA, auditorA, groupCisoA), roleOf, officerB, cisoB, reportPdf);
    }

    /** When the reports feature is there: an audit report of B, and its PDF for the verify endpoint. */
    private static byte[] reportOfB(Api.User cisoB, long auditB, Map<RecordKind, Object> b) {
        Set<String> documented = new java.util.HashSet<>();
        OpenApi.load().apiOperations().forEach(op -> documented.add(op.key()));
        if (!documented.contains("POST /api/reports")) {
            return null;
        }
        long report = as(cisoB.token()).body(Map.of("kind", "AUDIT", "auditId", auditB)).post("/api/reports")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        b.put(RecordKind.REPORT, report);
        if (!documented.contains("GET /api/reports/{id}/pdf")) {
            return null;
        }
        return as(cisoB.token()).get("/api/reports/" + report + "/pdf").then().statusCode(200).extract().asByteArray();
    }

    private static long startAudit(Api.User user, long engagement) {
        return as(user.token()).body(Map.of("questionnaireKey", "post-leak")).post("/api/engagements/" + engagement + "/audits")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long uploadEvidence(Api.User user, long audit, String questionId, String filename) {
        Multipart multipart = Multipart.of(Map.of("questionId", questionId,
                "file", "Screenshot of the policy\n".getBytes(StandardCharsets.UTF_8)), filename);
        return given().header("Authorization", "Bearer " + user.token()).contentType(multipart.contentType())
                .body(multipart.body()).post("/api/audits/" + audit + "/evidence").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void awaitImport(Api.User user, long id) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            String status = as(user.token()).get("/api/leak-imports/" + id).then().statusCode(200).extract().jsonPath().getString("status");
            if (status.equals("COMPLETED")) {
                return;
            }
            assertThat(status).isNotEqualTo("FAILED");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("B's leak import did not complete within 60 s");
    }

    /** B's records as B sees them; a shared supplier's name may change (A's writers keep suppliers too). */
    private static Map<String, String> snapshotOfB(World w) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        String token = w.cisoB().token();
        for (String path : List.of("/api/organizations/" + w.orgB(), "/api/organizations/" + w.orgB() + "/engagements",
                "/api/engagements/" + w.b().get(RecordKind.ENGAGEMENT), "/api/audits/" + w.b().get(RecordKind.AUDIT),
                "/api/findings/" + w.b().get(RecordKind.FINDING), "/api/leak-imports/" + w.b().get(RecordKind.LEAK_IMPORT),
                "/api/organizations/" + w.orgB() + "/findings")) {
            snapshot.put(path, withoutSupplierNames(as(token).get(path).then().statusCode(200).extract().asString()));
        }
        snapshot.put("user", as(Api.admin()).get("/api/users/" + w.b().get(RecordKind.USER)).then().statusCode(200).extract().asString());
        snapshot.put("evidence", given().header("Authorization", "Bearer " + token)
                .get("/api/audits/" + w.b().get(RecordKind.AUDIT) + "/evidence/" + w.b().get(RecordKind.EVIDENCE))
                .then().statusCode(200).extract().asString());
        return snapshot;
    }

    private static String withoutSupplierNames(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            strip(tree);
            return JSON.writeValueAsString(tree);
        } catch (IOException e) {
            return json;
        }
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("supplierName");
            object.forEach(ScopeMatrixTest::strip);
        } else if (node != null && node.isArray()) {
            node.forEach(ScopeMatrixTest::strip);
        }
    }
}
