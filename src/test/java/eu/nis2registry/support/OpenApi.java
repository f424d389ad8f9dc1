package eu.nis2registry.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;

/**
 * The service's own OpenAPI document, read as the list of operations that tests walk: a test built on it covers
 * an endpoint added later without being edited.
 */
public final class OpenApi {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final JsonNode document;

    private OpenApi(JsonNode document) {
        this.document = document;
    }

    public static OpenApi load() {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        try {
            return new OpenApi(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /**
     * @param bodies request body schema by media type, in the document's order
     * @param roles  empty: any authenticated user; absent: no authentication at all
     */
    public record Operation(String method, String path, List<Parameter> parameters, Map<String, JsonNode> bodies,
            Optional<Set<String>> roles) {

        public String key() {
            return method + " " + path;
        }

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        public boolean isWrite() {
            return !method.equals("GET");
        }

        /** True when only these roles may call it (and the role is not among them). */
        public boolean refuses(String role) {
            return roles.isPresent() && !roles.get().isEmpty() && !roles.get().contains(role);
        }

        @Override
        public String toString() {
            return key();
        }
    }

    /** Every operation under /api, in a stable order. */
    public List<Operation> apiOperations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.add(operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), path.getValue(), op.getValue()));
                }
            }
        }
        operations.sort(java.util.Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return operations;
    }

    private Operation operation(String method, String path, JsonNode pathItem, JsonNode op) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode source : List.of(pathItem.path("parameters"), op.path("parameters"))) {
            for (JsonNode p : source) {
                JsonNode resolved = resolve(p);
                parameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                        resolved.path("required").asBoolean(false), resolve(resolved.path("schema"))));
            }
        }
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> content = resolve(op.path("requestBody")).path("content").fields();
                content.hasNext(); ) {
            Map.Entry<String, JsonNode> media = content.next();
            bodies.put(media.getKey(), resolve(media.getValue().path("schema")));
        }
        Optional<Set<String>> roles = Optional.empty();
        JsonNode security = op.has("security") ? op.get("security") : document.path("security");
        if (security.isArray() && !security.isEmpty()) {
            Set<String> names = new TreeSet<>();
            for (JsonNode requirement : security) {
                requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(role -> names.add(role.asText())));
            }
            roles = Optional.of(names);
        }
        return new Operation(method, path, List.copyOf(parameters), bodies, roles);
    }

    /** The schema a {@code $ref} points to (followed until there is none), or the schema itself. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("external $ref " + ref);
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }
}
