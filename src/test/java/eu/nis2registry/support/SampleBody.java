package eu.nis2registry.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A minimal request body that passes validation, built from an OpenAPI schema: the required fields, plus every
 * field that names a record (filled by the caller), so that whatever refuses it is not the body's form.
 */
public final class SampleBody {

    private static final AtomicInteger COUNTER = new AtomicInteger(100_000);

    private final OpenApi doc;
    private final Function<String, Optional<Object>> fieldValues;
    private final String mapKey;
    private final List<String> problems = new ArrayList<>();

    /**
     * @param fieldValues a value for a field by its name (record ids, keys), or empty to build one from the schema
     * @param mapKey      the key of the one entry a map (additionalProperties) gets: a question id
     */
    public SampleBody(OpenApi doc, Function<String, Optional<Object>> fieldValues, String mapKey) {
        this.doc = doc;
        this.fieldValues = fieldValues;
        this.mapKey = mapKey;
    }

    /** What could not be filled; a non-empty list means the body is not to be trusted. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public Object of(JsonNode schema) {
        return sample(schema, null, 0);
    }

    /** Whether a property is part of the minimal body. */
    public static boolean namesRecord(String field) {
        return RecordKind.ofField(field).isPresent() || RecordKind.ofListField(field).isPresent();
    }

    private Object sample(JsonNode raw, String field, int depth) {
        JsonNode schema = doc.resolve(raw);
        if (depth > 8) {
            problems.add("schema nests deeper than 8 levels at '" + field + "'");
            return null;
        }
        if (field != null) {
            Optional<Object> given = fieldValues.apply(field);
            if (given.isPresent()) {
                return given.get();
            }
            if (field.endsWith("Id") && Set.of("integer", "number").contains(schema.path("type").asText())) {
                problems.add("field '" + field + "' looks like a record id the test cannot fill");
                return null;
            }
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        switch (schema.path("type").asText()) {
            case "integer" -> {
                return schema.has("minimum") ? Math.max(1, schema.get("minimum").asLong()) : 1;
            }
            case "number" -> {
                return schema.has("maximum") ? Math.min(0.5, schema.get("maximum").asDouble()) : 0.5;
            }
            case "boolean" -> {
                return false;
            }
            case "string" -> {
                return string(schema);
            }
            case "array" -> {
                return List.of(sample(schema.path("items"), null, depth + 1));
            }
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                Set<String> required = new HashSet<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                schema.path("properties").fields().forEachRemaining(property -> {
                    if (required.contains(property.getKey()) || namesRecord(property.getKey())) {
                        object.put(property.getKey(), sample(property.getValue(), property.getKey(), depth + 1));
                    }
                });
                if (schema.path("additionalProperties").isObject()) {
                    object.put(mapKey, sample(schema.get("additionalProperties"), null, depth + 1));
                }
                return object;
            }
            default -> {
                // No type at all (an answer's value): the most common answer.
                return "YES";
            }
        }
    }

    private static String string(JsonNode schema) {
        String format = schema.path("format").asText();
        if (format.equals("date")) {
            return LocalDate.now().minusDays(1).toString();
        }
        if (format.equals("date-time")) {
            return OffsetDateTime.now().minusHours(1).toString();
        }
        StringBuilder text = new StringBuilder("sm").append(COUNTER.incrementAndGet());
        int min = schema.path("minLength").asInt(0);
        while (text.length() < min) {
            text.append('x');
        }
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return text.length() > max ? text.substring(0, Math.max(max, 1)) : text.toString();
    }
}
