package eu.nis2registry.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static eu.nis2registry.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded corpus of malformed requests, generated from the OpenAPI document (so that a new endpoint is fuzzed
 * without editing this test) and from the files the registry reads: every one must be refused with a 4xx and
 * the API.md error body, never a 5xx or a trace of the code, and must leave no record changed.
 */
@QuarkusTest
class BadInputCorpusTest {

    private static final long SEED = 20_260_521L;
    private static final int HUGE = 100 * 1024;
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(");
    /** A Java class name (java.lang.NumberFormatException, org.hibernate...). */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|jakarta|org|com|io|eu)\\.[a-z0-9_]+\\.[\\w.$]*[A-Z]\\w*");
    private static final List<String> BAD_IDS = List.of("abc", "1.5", "-1", "0", "99999999999999999999999",
            "9223372036854775808", "1e3", "0x1F", " 7", "\uFF11\uFF12", "null", "1;DROP TABLE audit_trail");
    private static final List<String> BAD_KEYS = List.of("no-such-questionnaire", "../../etc/passwd", "\u0000", "x".repeat(3000));
    /** Query parameters the service checks although the document declares them as plain strings. */
    private static final Set<String> VALIDATED_QUERY = Set.of("/api/leak-imports format", "/api/leak-imports kind",
            "/api/leak-imports source", "/api/inventory/export kind", "/api/inventory/import kind");
    private static final Map<String, String> QUERY_EXAMPLES = Map.of(
            "/api/leak-imports format", "ULP",
            "/api/leak-imports kind", "COMBOLIST",
            "/api/leak-imports source", "bad-input-corpus");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static World world;

    /** Organisation X with a record of every kind, and the users that may write them. */
    record World(Map<RecordKind, Object> ids, String questionId, Api.User ciso, Api.User officer, Set<String> actors) {
    }

    /** One request of the corpus, grouped by the operation it aims at. */
    record Case(String group, String label, String token, String method, String path, Map<String, String> query,
            String contentType, byte[] body) {

        @Override
        public String toString() {
            return method + " " + path + " [" + label + "]";
        }
    }

    @Test
    void everyMalformedRequestIsRefusedWithA4xxAndTheErrorBodyAndChangesNothing() {
        World x = world();
        Random random = new Random(SEED);
        List<Case> corpus = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Operation op : OpenApi.load().apiOperations()) {
            corpus.addAll(casesFor(op, x, random, failures));
        }
        corpus.addAll(xlsxCases(x, random));
        corpus.addAll(inventoryCases(x, random));
        assertThat(failures).as("operations the corpus cannot reach").isEmpty();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);

        Map<String, List<Case>> byGroup = corpus.stream()
                .collect(Collectors.groupingBy(Case::group, TreeMap::new, Collectors.toList()));
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Map.Entry<String, List<Case>> group : byGroup.entrySet()) {
            long seq = newestTrailSeq();
            Map<String, String> snapshot = snapshot(group.getKey(), x);
            for (Case c : group.getValue()) {
                Response answer = send(c);
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                judge(c, answer, failures);
            }
            List<String> changes = trailEntriesSince(seq, x.actors());
            if (!changes.isEmpty()) {
                failures.add(group.getKey() + ": rejected requests changed records: " + changes);
            }
            if (!snapshot.equals(snapshot(group.getKey(), x))) {
                failures.add(group.getKey() + ": rejected requests changed what GET shows");
            }
        }
        System.out.printf("Bad-input corpus: %d requests (seed %d), answers by status %s%n", corpus.size(), SEED, statuses);
        assertThat(failures).as("malformed requests not refused cleanly").isEmpty();
    }

    /** Random bytes are a leak file like any other: accepted, read line by line, bad lines counted and rejected. */
    @Test
    void leakFilesOfRandomBytesCompleteWithTheirLinesRejected() {
        World x = world();
        Random random = new Random(SEED + 1);
        int completed = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String format = List.of("ULP", "JSONL", "CSV", "ULP").get(i % 4);
            byte[] body = new byte[1024 << random.nextInt(8)];
            random.nextBytes(body);
            Response answer = given().header("Authorization", "Bearer " + x.ciso().token())
                    .contentType("application/octet-stream").body(body)
                    .post("/api/leak-imports?format=" + format + "&source=random-bytes-" + i + "&kind=STEALER_LOG");
            if (answer.statusCode() == 202) {
                JsonPath job = awaitImport(x.ciso().token(), answer.jsonPath().getLong("id"));
                completed++;
                if (!job.getString("status").equals("COMPLETED")) {
                    failures.add(format + " file " + i + " ended " + job.getString("status"));
                }
                long sum = job.getLong("accepted") + job.getLong("duplicates") + job.getLong("unmatched")
                        + job.getLong("rejected") + job.getLong("skipped");
                if (job.getLong("linesRead") != sum || job.getLong("rejected") == 0 || job.getLong("accepted") != 0) {
                    failures.add(format + " file " + i + " of " + body.length + " random bytes counted " + job.getMap("$"));
                }
            } else {
                refused++;
                judge(new Case("leak", "random " + format, null, "POST", "/api/leak-imports", Map.of(), "", body), answer, failures);
            }
        }
        System.out.printf("Leak files of random bytes: %d imports completed, %d refused before queueing%n", completed, refused);
        assertThat(failures).isEmpty();
        assertThat(completed).as("imports that ran to the end").isGreaterThanOrEqualTo(4);
    }

    // ------------------------------------------------------------------------------------------ judging

    private static void judge(Case c, Response answer, List<String> failures) {
        int status = answer.statusCode();
        String body = answer.asString();
        if (status < 400 || status >= 500) {
            failures.add(c + " answered " + status + ", not a 4xx: " + abbreviate(body));
            return;
        }
        if (body.contains("Exception") || STACK_FRAME.matcher(body).find() || CLASS_NAME.matcher(body).find()) {
            failures.add(c + " answered with internals: " + abbreviate(body));
        }
        try {
            JsonNode error = JSON.readTree(body);
            if (error == null || !error.path("error").isTextual() || !error.path("message").isTextual()
                    || error.path("message").asText().isBlank() || !error.path("details").isArray()) {
                failures.add(c + " answered " + status + " without the API.md error body: " + abbreviate(body));
            }
        } catch (IOException e) {
            failures.add(c + " answered " + status + " with a body that is not JSON: " + abbreviate(body));
        }
    }

    private static long newestTrailSeq() {
        List<Long> seqs = as(Api.admin()).queryParam("size", 1).get("/api/audit-trail").then().statusCode(200)
                .extract().jsonPath().getList("seq", Long.class);
        return seqs.isEmpty() ? 0 : seqs.get(0);
    }

    /** Trail entries written since {@code seq} by the corpus's own users: each one is a change a rejected request made. */
    private static List<String> trailEntriesSince(long seq, Set<String> actors) {
        JsonPath entries = as(Api.admin()).queryParam("size", 1000).get("/api/audit-trail").then().statusCode(200)
                .extract().jsonPath();
        List<String> changes = new ArrayList<>();
        List<Map<String, Object>> list = entries.getList("$");
        for (Map<String, Object> entry : list) {
            if (((Number) entry.get("seq")).longValue() > seq && actors.contains((String) entry.get("actor"))) {
                changes.add(entry.get("action") + " " + entry.get("entityType") + " " + entry.get("entityId"));
            }
        }
        return changes;
    }

    /** What the records a group aims at look like through the API, where the trail alone would not show it. */
    private static Map<String, String> snapshot(String group, World x) {
        Map<String, String> shown = new LinkedHashMap<>();
        String token = x.ciso().token();
        if (group.startsWith("xlsx") || group.contains("/api/audits/")) {
            shown.put("audit", as(token).get("/api/audits/" + x.ids().get(RecordKind.AUDIT)).then().statusCode(200).extract().asString());
        }
        if (group.startsWith("inventory")) {
            shown.put("inventory", unzipped(given().header("Authorization", "Bearer " + token).get("/api/inventory/export")
                    .then().statusCode(200).extract().asByteArray()));
        }
        return shown;
    }

    // ------------------------------------------------------------------------------------------ cases from the document

    private static List<Case> casesFor(Operation op, World x, Random random, List<String> failures) {
        List<String> problems = new ArrayList<>();
        String token = actor(op, x, problems);
        Map<String, RecordKind> pathKinds = RecordKind.ofPath(op.path(), problems);
        Map<String, String> pathValues = new LinkedHashMap<>();
        pathKinds.forEach((name, kind) -> {
            Object id = x.ids().get(kind);
            if (id == null) {
                problems.add("organisation X has no record of kind " + kind + " for {" + name + "}");
            } else {
                pathValues.put(name, String.valueOf(id));
            }
        });
        Map<String, String> query = new LinkedHashMap<>();
        for (Parameter q : op.in("query")) {
            Optional<RecordKind> kind = RecordKind.ofField(q.name());
            String example = QUERY_EXAMPLES.get(op.path() + " " + q.name());
            if (kind.isPresent() && x.ids().containsKey(kind.get())) {
                query.put(q.name(), String.valueOf(x.ids().get(kind.get())));
            } else if (example != null) {
                query.put(q.name(), example);
            } else if (q.required()) {
                problems.add("required query parameter '" + q.name() + "' has no example value");
            }
        }
        Map.Entry<String, JsonNode> media = op.bodies().isEmpty() ? null : preferredBody(op);
        SampleBody sampler = new SampleBody(openApi(), field -> valueOf(field, x), x.questionId());
        Object base = media == null ? null : sampler.of(media.getValue());
        problems.addAll(sampler.problems());
        if (!problems.isEmpty()) {
            failures.add(op.key() + ": " + String.join("; ", problems) + ". Teach BadInputCorpusTest this operation.");
            return List.of();
        }
        String group = op.key();
        List<Case> cases = new ArrayList<>();
        String type = media == null ? null : media.getKey();
        byte[] validBody = null;
        String validType = null;
        if (type != null && type.startsWith("multipart/")) {
            Multipart valid = validMultipart(x);
            validBody = valid.body();
            validType = valid.contentType();
        } else if (type != null) {
            validBody = type.contains("json") ? toBytes(JSON.valueToTree(base))
                    : "https://portal.corpus.example/login:someone@corpus.example:pw\n".getBytes(StandardCharsets.UTF_8);
            validType = type.equals("*/*") ? "application/octet-stream" : type;
        }

        for (Map.Entry<String, RecordKind> p : pathKinds.entrySet()) {
            List<String> bad = new ArrayList<>(p.getValue() == RecordKind.QUESTIONNAIRE ? BAD_KEYS : BAD_IDS);
            Collections.shuffle(bad, random);
            for (String value : bad.subList(0, Math.min(4, bad.size()))) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(p.getKey(), value);
                cases.add(new Case(group, "{" + p.getKey() + "}=" + printable(value), token, op.method(), path(op, values),
                        query, validType, validBody));
            }
        }
        String path = path(op, pathValues);
        for (Parameter q : op.in("query")) {
            for (String value : badQueryValues(op, q)) {
                Map<String, String> mutated = new LinkedHashMap<>(query);
                mutated.put(q.name(), value);
                cases.add(new Case(group, "?" + q.name() + "=" + printable(value), token, op.method(), path, mutated, validType, validBody));
            }
        }
        if (type != null && type.contains("json")) {
            JsonNode tree = JSON.valueToTree(base);
            for (Map.Entry<String, JsonNode> mutation : jsonMutations(tree, media.getValue(), random).entrySet()) {
                byte[] bytes = mutation.getValue() == null ? rawBody(mutation.getKey(), random)
                        : toBytes(mutation.getValue());
                String contentType = mutation.getKey().equals("JSON sent as text/plain") ? "text/plain" : type;
                cases.add(new Case(group, mutation.getKey(), token, op.method(), path, query, contentType, bytes));
            }
        } else if (type != null && type.startsWith("multipart/")) {
            cases.addAll(multipartCases(group, token, op, path, query, x));
        }
        return cases;
    }

    /** The operation's caller: a CISO of X wherever a CISO may call it, else the admin, else nobody (public). */
    private static String actor(Operation op, World x, List<String> problems) {
        if (op.roles().isEmpty()) {
            return null;
        }
        Set<String> roles = op.roles().get();
        if (roles.isEmpty() || roles.contains("CISO")) {
            return x.ciso().token();
        }
        if (roles.contains("ADMIN")) {
            return Api.admin();
        }
        if (roles.contains("COMPLIANCE_OFFICER")) {
            return x.officer().token();
        }
        problems.add("no user of the corpus has one of the roles " + roles);
        return null;
    }

    private static Optional<Object> valueOf(String field, World x) {
        if (field.equals("questionId")) {
            return Optional.of(x.questionId());
        }
        Optional<RecordKind> kind = RecordKind.ofField(field);
        if (kind.isPresent() && x.ids().containsKey(kind.get())) {
            return Optional.of(x.ids().get(kind.get()));
        }
        Optional<RecordKind> list = RecordKind.ofListField(field);
        if (list.isPresent() && x.ids().containsKey(list.get())) {
            return Optional.of(List.of(x.ids().get(list.get())));
        }
        return Optional.empty();
    }

    private static List<String> badQueryValues(Operation op, Parameter q) {
        JsonNode schema = openApi().resolve(q.schema());
        String type = schema.path("type").asText();
        List<String> values = new ArrayList<>();
        if (type.equals("integer") || type.equals("number")) {
            values.add("abc");
            if (schema.has("minimum")) {
                values.add(new BigDecimal(schema.get("minimum").asText()).subtract(BigDecimal.ONE).toPlainString());
            }
            if (schema.has("maximum")) {
                values.add(new BigDecimal(schema.get("maximum").asText()).add(BigDecimal.ONE).toPlainString());
            }
            values.add("99999999999999999999999");
        } else if (schema.has("enum")) {
            values.add("NOT_A_VALUE");
        } else if (type.equals("string") && schema.has("maxLength")) {
            values.add("x".repeat(schema.get("maxLength").asInt() + 1));
        } else if (VALIDATED_QUERY.contains(op.path() + " " + q.name())) {
            values.add("NOT_A_VALUE\u0000");
            if (QUERY_EXAMPLES.containsKey(op.path() + " " + q.name())) {
                values.add("");
            }
        }
        return values;
    }

    /**
     * Field by field: wrong types, missing required fields, huge strings, NUL, unknown enum values, numbers out of
     * range, invalid dates; then the whole body: not an object, nested too deep, cut short, not JSON. A null
     * value in the map marks a raw (non-JSON-tree) body built by {@link #rawBody}.
     */
    private static Map<String, JsonNode> jsonMutations(JsonNode base, JsonNode schema, Random random) {
        Map<String, JsonNode> mutations = new LinkedHashMap<>();
        for (Target target : targets(base, openApi().resolve(schema), List.of(), 0)) {
            String at = String.join(".", target.path().stream().map(String::valueOf).toList());
            if (target.required()) {
                mutations.put(at + " missing", without(base, target.path()));
            }
            for (Map.Entry<String, JsonNode> bad : badValues(target.schema(), random).entrySet()) {
                mutations.put(at + " " + bad.getKey(), with(base, target.path(), bad.getValue()));
            }
        }
        ArrayNode wrapped = NODES.arrayNode().add(base.deepCopy());
        mutations.put("array instead of object", wrapped);
        mutations.put("string instead of object", NODES.textNode("just a string"));
        mutations.put("number instead of object", NODES.numberNode(42));
        mutations.put("null body", NODES.nullNode());
        for (String raw : List.of("empty body", "nested arrays 5000 deep", "nested objects 5000 deep", "cut short",
                "not JSON", "JSON sent as text/plain", "invalid UTF-8")) {
            mutations.put(raw, null);
        }
        return mutations;
    }

    private static byte[] rawBody(String kind, Random random) {
        return switch (kind) {
            case "empty body" -> new byte[0];
            case "nested arrays 5000 deep" -> ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
            case "nested objects 5000 deep" -> ("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)).getBytes(StandardCharsets.UTF_8);
            case "cut short" -> "{\"name\": \"x\", \"answers\": {\"q\": ".getBytes(StandardCharsets.UTF_8);
            case "not JSON" -> "name=x&sector=y".getBytes(StandardCharsets.UTF_8);
            case "JSON sent as text/plain" -> "{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
            case "invalid UTF-8" -> {
                byte[] bytes = "{\"name\": \"\u00ff\u00fe\"}".getBytes(StandardCharsets.ISO_8859_1);
                bytes[10] = (byte) (0x80 + random.nextInt(0x40));
                yield bytes;
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    record Target(List<Object> path, JsonNode schema, boolean required) {
    }

    /** Every property of the schema (present in the base body or not), and the entries of maps and lists within. */
    private static List<Target> targets(JsonNode base, JsonNode schema, List<Object> path, int depth) {
        List<Target> targets = new ArrayList<>();
        if (depth > 4 || !"object".equals(schema.path("type").asText())) {
            return targets;
        }
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            List<Object> at = append(path, property.getKey());
            JsonNode propertySchema = openApi().resolve(property.getValue());
            targets.add(new Target(at, propertySchema, required.contains(property.getKey())));
            JsonNode value = base == null ? null : base.get(property.getKey());
            targets.addAll(targets(value, propertySchema, at, depth + 1));
            if ("array".equals(propertySchema.path("type").asText()) && value != null && value.size() > 0) {
                JsonNode items = openApi().resolve(propertySchema.path("items"));
                targets.add(new Target(append(at, 0), items, false));
            }
        });
        if (schema.path("additionalProperties").isObject() && base != null) {
            JsonNode valueSchema = openApi().resolve(schema.get("additionalProperties"));
            base.fieldNames().forEachRemaining(key -> {
                List<Object> at = append(path, key);
                targets.add(new Target(at, valueSchema, false));
                targets.addAll(targets(base.get(key), valueSchema, at, depth + 1));
            });
        }
        return targets;
    }

    /** Values that can never be right for this schema; Jackson coerces numbers and booleans to strings, so never those. */
    private static Map<String, JsonNode> badValues(JsonNode schema, Random random) {
        Map<String, JsonNode> bad = new LinkedHashMap<>();
        String type = schema.path("type").asText();
        if (schema.has("enum")) {
            bad.put("unknown enum value", NODES.textNode("NOT_A_VALUE_" + random.nextInt(1000)));
            bad.put("enum as a number", NODES.numberNode(999));
            bad.put("enum as an object", NODES.objectNode().put("name", schema.get("enum").get(0).asText()));
            return bad;
        }
        switch (type) {
            case "string" -> {
                if (schema.path("format").asText().equals("date")) {
                    bad.put("impossible date", NODES.textNode("2026-02-30"));
                    bad.put("date in another form", NODES.textNode("31/12/2025"));
                    bad.put("date as a number", NODES.numberNode(20260101));
                } else {
                    bad.put("object instead of string", NODES.objectNode().put("text", "x"));
                    bad.put("list instead of string", NODES.arrayNode().add("x"));
                    bad.put("100 KB string", NODES.textNode(letters(random, HUGE)));
                    bad.put("NUL in string", NODES.textNode("before\u0000after"));
                }
            }
            case "integer", "number" -> {
                bad.put("string instead of number", NODES.textNode("abc"));
                bad.put("number beyond 64 bits", NODES.numberNode(new BigInteger("99999999999999999999999")));
                bad.put("1e400", NODES.numberNode(new BigDecimal("1e400")));
                if (type.equals("integer")) {
                    bad.put("fraction for an integer", NODES.numberNode(1.5));
                }
                if (schema.has("minimum")) {
                    bad.put("below minimum", NODES.numberNode(new BigDecimal(schema.get("minimum").asText()).subtract(BigDecimal.ONE)));
                }
                if (schema.has("maximum")) {
                    bad.put("above maximum", NODES.numberNode(new BigDecimal(schema.get("maximum").asText()).add(BigDecimal.ONE)));
                }
            }
            case "boolean" -> {
                bad.put("string instead of boolean", NODES.textNode("maybe"));
                bad.put("object instead of boolean", NODES.objectNode());
            }
            case "array" -> {
                bad.put("object instead of list", NODES.objectNode().put("not", "a list"));
                bad.put("string instead of list", NODES.textNode("x"));
                if (schema.has("maxItems")) {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                        many.add("item-" + i + ".example");
                    }
                    bad.put("more items than allowed", many);
                }
            }
            case "object" -> {
                bad.put("list instead of object", NODES.arrayNode().add(1));
                bad.put("string instead of object", NODES.textNode("x"));
            }
            default -> {
                // Any JSON is allowed by the schema (an answer's value): a form no question takes.
                bad.put("object as a value", NODES.objectNode().set("nested", NODES.arrayNode().add(1)));
            }
        }
        return bad;
    }

    private static List<Case> multipartCases(String group, String token, Operation op, String path, Map<String, String> query,
            World x) {
        byte[] text = "An evidence file\n".getBytes(StandardCharsets.UTF_8);
        Map<String, Map<String, Object>> variants = new LinkedHashMap<>();
        variants.put("no file part", Map.of("questionId", x.questionId()));
        variants.put("no question id", Map.of("file", text));
        variants.put("empty file", Map.of("questionId", x.questionId(), "file", new byte[0]));
        variants.put("unknown question", Map.of("questionId", "no-such-question", "file", text));
        variants.put("NUL in question id", Map.of("questionId", "q\u0000", "file", text));
        variants.put("100 KB question id", Map.of("questionId", "q".repeat(HUGE), "file", text));
        variants.put("an executable as evidence", Map.of("questionId", x.questionId(),
                "file", "MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1)));
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> variant : variants.entrySet()) {
            Multipart body = Multipart.of(variant.getValue(),
                    variant.getKey().equals("an executable as evidence") ? "setup.exe" : "evidence.txt");
            cases.add(new Case(group, variant.getKey(), token, op.method(), path, query, body.contentType(), body.body()));
        }
        Multipart valid = validMultipart(x);
        byte[] cut = Arrays.copyOf(valid.body(), valid.body().length / 2);
        cases.add(new Case(group, "multipart cut short", token, op.method(), path, query, valid.contentType(), cut));
        cases.add(new Case(group, "multipart without boundary", token, op.method(), path, query, "multipart/form-data", valid.body()));
        return cases;
    }

    private static Multipart validMultipart(World x) {
        return Multipart.of(Map.of("questionId", x.questionId(), "file", "An evidence file\n".getBytes(StandardCharsets.UTF_8)),
                "evidence.txt");
    }

    // ------------------------------------------------------------------------------------------ spreadsheets and zips

    private static List<Case> xlsxCases(World x, Random random) {
        long audit = (Long) x.ids().get(RecordKind.AUDIT);
        String path = "/api/audits/" + audit + "/xlsx";
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        byte[] export = given().header("Authorization", "Bearer " + x.ciso().token()).get(path).then().statusCode(200)
                .extract().asByteArray();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("random bytes", randomBytes(random, 4096));
        files.put("empty", new byte[0]);
        files.put("export cut in half", Arrays.copyOf(export, export.length / 2));
        files.put("export with flipped bytes", flipped(export, random));
        files.put("zip of a text file", zip(Map.of("hello.txt", "not a workbook".getBytes(StandardCharsets.UTF_8))));
        files.put("zip with a path outside", zip(Map.of("../../../../tmp/evil.xml", "<x/>".getBytes(StandardCharsets.UTF_8),
                "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8))));
        files.put("zip bomb sheet", zipBomb("xl/worksheets/sheet1.xml", 300L << 20, "[Content_Types].xml"));
        files.put("workbook without the Answers sheet", workbook(null, null));
        files.put("answers of the wrong kind", workbook(x.questionId(), "PERHAPS"));
        files.put("a PDF", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));
        List<Case> cases = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String type = i++ % 2 == 0 ? xlsx : "application/octet-stream";
            cases.add(new Case("xlsx PUT " + path, file.getKey(), x.ciso().token(), "PUT", path, Map.of(), type, file.getValue()));
        }
        return cases;
    }

    private static List<Case> inventoryCases(World x, Random random) {
        String path = "/api/inventory/import";
        String token = x.ciso().token();
        byte[] export = given().header("Authorization", "Bearer " + token).get("/api/inventory/export").then().statusCode(200)
                .extract().asByteArray();
        List<Case> cases = new ArrayList<>();
        Map<String, Object[]> files = new LinkedHashMap<>();
        files.put("random bytes as a zip", new Object[] {"application/zip", null, randomBytes(random, 4096)});
        files.put("empty zip", new Object[] {"application/zip", null, zip(Map.of())});
        files.put("export cut in half", new Object[] {"application/zip", null, Arrays.copyOf(export, export.length / 2)});
        files.put("export cut before its last entry", new Object[] {"application/zip", null,
                Arrays.copyOf(export, lastLocalHeader(export))});
        files.put("export with flipped bytes", new Object[] {"application/zip", null, flipped(export, random)});
        files.put("zip bomb of 60 MB", new Object[] {"application/zip", null, zipBomb("organizations.csv", 60L << 20, null)});
        files.put("zip of unknown files", new Object[] {"application/zip", null, zip(Map.of("notes.txt", "x".getBytes(StandardCharsets.UTF_8)))});
        files.put("CSV without kind", new Object[] {"text/csv", null, "name,sector\nx,y\n".getBytes(StandardCharsets.UTF_8)});
        files.put("unknown kind", new Object[] {"text/csv", "invoices", "name\nx\n".getBytes(StandardCharsets.UTF_8)});
        files.put("CSV of other columns", new Object[] {"text/csv", "suppliers", "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8)});
        files.put("CSV with an unclosed quote", new Object[] {"text/csv", "suppliers",
                ("id,name,enterprise_number,country,domains,subcontractors\n,\"Unclosed " + Api.unique("q") + ",,BE,,\n")
                        .getBytes(StandardCharsets.UTF_8)});
        files.put("CSV with NUL in a name", new Object[] {"text/csv", "suppliers",
                ("id,name,enterprise_number,country,domains,subcontractors\n,Nul\u0000" + Api.unique("n") + ",,BE,,\n")
                        .getBytes(StandardCharsets.UTF_8)});
        files.put("CSV with a 100 KB name", new Object[] {"text/csv", "suppliers",
                ("id,name,enterprise_number,country,domains,subcontractors\n," + letters(random, HUGE) + ",,BE,,\n")
                        .getBytes(StandardCharsets.UTF_8)});
        files.put("CSV with an unknown access level", new Object[] {"text/csv", "engagements",
                ("id,organization,supplier,service,service_hosts,data_categories,access,criticality,contract_clauses\n,"
                        + x.ids().get(RecordKind.ORGANIZATION) + "," + x.ids().get(RecordKind.SUPPLIER)
                        + ",Bad access,,HEALTH,ROOT,HIGH,\n").getBytes(StandardCharsets.UTF_8)});
        files.put("CSV with an id that is not a number", new Object[] {"text/csv", "suppliers",
                ("id,name,enterprise_number,country,domains,subcontractors\nabc," + Api.unique("Id") + ",,BE,,\n")
                        .getBytes(StandardCharsets.UTF_8)});
        files.put("CSV that is binary", new Object[] {"text/csv", "organizations", randomBytes(random, 2048)});
        for (Map.Entry<String, Object[]> file : files.entrySet()) {
            Object[] spec = file.getValue();
            Map<String, String> query = spec[1] == null ? Map.of() : Map.of("kind", (String) spec[1]);
            cases.add(new Case("inventory POST " + path, file.getKey(), token, "POST", path, query, (String) spec[0], (byte[]) spec[2]));
            Map<String, String> dry = new LinkedHashMap<>(query);
            dry.put("dryRun", "true");
            cases.add(new Case("inventory POST " + path, file.getKey() + ", dry run", token, "POST", path, dry, (String) spec[0],
                    (byte[]) spec[2]));
        }
        return cases;
    }

    /** A valid workbook: without the answer sheet, or with one answer in it. */
    private static byte[] workbook(String questionId, String answer) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(questionId == null ? "Something else" : "Answers");
            Row header = sheet.createRow(0);
            List<String> columns = List.of("Question ID", "Answer", "Comment");
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
            }
            if (questionId != null) {
                Row row = sheet.createRow(1);
                Cell id = row.createCell(0);
                id.setCellValue(questionId);
                row.createCell(1).setCellValue(answer);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One entry of {@code size} spaces, deflated about a thousand to one; optionally a small entry before it. */
    private static byte[] zipBomb(String name, long size, String companion) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (companion != null) {
                zip.putNextEntry(new ZipEntry(companion));
                zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) ' ');
            for (long written = 0; written < size; written += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Where the zip's last entry starts: a zip cut there is a complete zip of fewer files, but for its end record. */
    private static int lastLocalHeader(byte[] zip) {
        for (int at = zip.length - 4; at > 0; at--) {
            if (zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 3 && zip[at + 3] == 4) {
                return at;
            }
        }
        throw new IllegalStateException("the export holds one entry only");
    }

    private static byte[] flipped(byte[] original, Random random) {
        byte[] copy = original.clone();
        for (int i = 0; i < 16; i++) {
            int at = 64 + random.nextInt(copy.length - 128);
            copy[at] = (byte) ~copy[at];
        }
        return copy;
    }

    private static byte[] randomBytes(Random random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String letters(Random random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    private static String unzipped(byte[] zip) {
        StringBuilder out = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.append(e.getName()).append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------ JSON helpers

    private static List<Object> append(List<Object> path, Object key) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(key);
        return List.copyOf(longer);
    }

    private static JsonNode with(JsonNode base, List<Object> path, JsonNode value) {
        JsonNode copy = base.deepCopy();
        JsonNode parent = parentOf(copy, path);
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) last, value);
        }
        return copy;
    }

    private static JsonNode without(JsonNode base, List<Object> path) {
        JsonNode copy = base.deepCopy();
        JsonNode parent = parentOf(copy, path);
        if (parent instanceof ObjectNode object) {
            object.remove((String) path.get(path.size() - 1));
        }
        return copy;
    }

    /** The container of the path's last step, created as objects where the base body left an optional field out. */
    private static JsonNode parentOf(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path.subList(0, path.size() - 1)) {
            JsonNode next = step instanceof Integer i ? node.get(i) : node.get((String) step);
            if (next == null || next.isNull()) {
                next = NODES.objectNode();
                if (node instanceof ObjectNode object) {
                    object.set((String) step, next);
                }
            }
            node = next;
        }
        return node;
    }

    private static Map.Entry<String, JsonNode> preferredBody(Operation op) {
        return op.bodies().entrySet().stream().filter(e -> e.getKey().contains("json")).findFirst()
                .or(() -> op.bodies().entrySet().stream().filter(e -> e.getKey().startsWith("multipart/")).findFirst())
                .orElse(op.bodies().entrySet().iterator().next());
    }

    private static byte[] toBytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String path(Operation op, Map<String, String> values) {
        String path = op.path();
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", URLEncoder.encode(v.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return path;
    }

    private static Response send(Case c) {
        RequestSpecification request = given().urlEncodingEnabled(false).redirects().follow(false);
        if (c.token() != null) {
            request.header("Authorization", "Bearer " + c.token());
        } else {
            request.header("X-Forwarded-For", Api.newAddress());
        }
        StringBuilder url = new StringBuilder(c.path());
        String separator = "?";
        for (Map.Entry<String, String> q : c.query().entrySet()) {
            url.append(separator).append(q.getKey()).append('=').append(URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8));
            separator = "&";
        }
        if (c.body() != null) {
            request.contentType(c.contentType() == null ? "application/octet-stream" : c.contentType()).body(c.body());
        }
        return request.request(c.method(), url.toString());
    }

    private static String printable(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return shown.replace("\u0000", "\\0");
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private static OpenApi cachedDoc;

    private static synchronized OpenApi openApi() {
        if (cachedDoc == null) {
            cachedDoc = OpenApi.load();
        }
        return cachedDoc;
    }

    // ------------------------------------------------------------------------------------------ organisation X

    private static synchronized World world() {
        if (world == null) {
            world = build();
        }
        return world;
    }

    private static World build() {
        long org = Api.createOrganization(Api.unique("AZ Corpus"), Api.unique("corpus") + ".example");
        String supplierDomain = Api.unique("corpus-s") + ".example";
        long supplier = Api.createSupplier(Api.unique("Corpus supplier"), supplierDomain);
        long subcontractor = Api.createSupplier(Api.unique("Corpus sub"), Api.unique("corpus-sub") + ".example");
        as(Api.admin()).body(Map.of("subcontractorId", subcontractor)).post("/api/suppliers/" + supplier + "/subcontractors")
                .then().statusCode(204);
        Api.User ciso = Api.user("CISO", List.of(org));
        Api.User officer = Api.user("COMPLIANCE_OFFICER", List.of(org));
        long engagement = Api.createEngagement(ciso.token(), org, supplier, "PRIVILEGED", List.of("HEALTH"), "portal." + supplierDomain);
        JsonPath definition = as(ciso.token()).get("/api/questionnaires/post-leak").then().statusCode(200).extract().jsonPath();
        List<String> ids = definition.getList("sections.questions.flatten().id");
        List<String> types = definition.getList("sections.questions.flatten().type");

        long approved = startAudit(officer, engagement);
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            answers.put(ids.get(i), Map.of("value", switch (types.get(i)) {
                case "YES_NO" -> "NO";
                case "TEXT" -> "Nothing yet";
                case "SCALE" -> 1;
                default -> "NOT_APPLICABLE";
            }));
        }
        as(officer.token()).body(Map.of("answers", answers)).put("/api/audits/" + approved + "/answers").then().statusCode(200);
        as(officer.token()).post("/api/audits/" + approved + "/submit").then().statusCode(200);
        List<Long> findings = as(ciso.token()).body(Map.of("decision", "APPROVE", "comment", "corpus"))
                .post("/api/audits/" + approved + "/review").then().statusCode(200).extract().jsonPath().getList("findings.id", Long.class);
        assertThat(findings).isNotEmpty();

        long draft = startAudit(officer, engagement);
        Multipart evidenceBody = Multipart.of(Map.of("questionId", ids.get(0),
                "file", "Policy text\n".getBytes(StandardCharsets.UTF_8)), "policy.txt");
        long evidence = given().header("Authorization", "Bearer " + officer.token()).contentType(evidenceBody.contentType())
                .body(evidenceBody.body()).post("/api/audits/" + draft + "/evidence").then().statusCode(201).extract().jsonPath().getLong("id");
        long leakImport = given().header("Authorization", "Bearer " + ciso.token()).contentType("text/plain")
                .body("https://portal." + supplierDomain + "/:someone@elsewhere.example:pw\n")
                .post("/api/leak-imports?format=ULP&kind=COMBOLIST&source=corpus&organizationId=" + org)
                .then().statusCode(202).extract().jsonPath().getLong("id");
        awaitImport(ciso.token(), leakImport);

        Map<RecordKind, Object> records = new EnumMap<>(RecordKind.class);
        records.put(RecordKind.ORGANIZATION, org);
        records.put(RecordKind.ENGAGEMENT, engagement);
        records.put(RecordKind.AUDIT, draft);
        records.put(RecordKind.EVIDENCE, evidence);
        records.put(RecordKind.FINDING, findings.get(0));
        records.put(RecordKind.LEAK_IMPORT, leakImport);
        records.put(RecordKind.USER, officer.id());
        records.put(RecordKind.SUPPLIER, supplier);
        records.put(RecordKind.SUBCONTRACTOR, subcontractor);
        records.put(RecordKind.QUESTIONNAIRE, "post-leak");
        Set<String> documented = new java.util.HashSet<>();
        openApi().apiOperations().forEach(op -> documented.add(op.key()));
        if (documented.contains("POST /api/reports")) {
            records.put(RecordKind.REPORT, as(ciso.token()).body(Map.of("kind", "AUDIT", "auditId", approved)).post("/api/reports")
                    .then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        return new World(Map.copyOf(records), ids.get(0), ciso, officer, Set.of("admin", ciso.username(), officer.username()));
    }

    private static long startAudit(Api.User user, long engagement) {
        return as(user.token()).body(Map.of("questionnaireKey", "post-leak")).post("/api/engagements/" + engagement + "/audits")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static JsonPath awaitImport(String token, long id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            JsonPath job = as(token).get("/api/leak-imports/" + id).then().statusCode(200).extract().jsonPath();
            if (Set.of("COMPLETED", "FAILED").contains(job.getString("status"))) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import " + id + " did not finish within 120 s");
    }
}
