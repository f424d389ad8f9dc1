package eu.nis2registry.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import eu.nis2registry.common.error.ErrorDetail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lets Jackson go on after a value of the wrong type or an unknown enum constant, noting the problem instead
 * of failing at the first one, so that a request answer names every bad field at once. Problems are kept per
 * thread while {@link BindingProblemsInterceptor} reads one request body.
 */
public final class BindingProblems extends DeserializationProblemHandler {

    /** A string of the right type whose content cannot be stored: a validation problem (422), not a type problem. */
    static final String NUL_MESSAGE = "must not contain NUL characters";

    private static final ThreadLocal<List<ErrorDetail>> CURRENT = new ThreadLocal<>();

    static void begin() {
        CURRENT.set(new ArrayList<>());
    }

    static List<ErrorDetail> end() {
        List<ErrorDetail> problems = CURRENT.get();
        CURRENT.remove();
        return problems == null ? List.of() : problems;
    }

    private static boolean collecting() {
        return CURRENT.get() != null;
    }

    private static void note(JsonParser parser, String message) {
        CURRENT.get().add(ErrorDetail.field(path(parser), message));
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
            String failureMsg) throws IOException {
        if (!collecting()) {
            return NOT_HANDLED;
        }
        note(ctxt.getParser(), targetType == String.class ? NUL_MESSAGE
                : expectation(targetType) + ", got \"" + abbreviate(value) + "\"");
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
            String failureMsg) throws IOException {
        if (!collecting()) {
            return NOT_HANDLED;
        }
        note(ctxt.getParser(), expectation(targetType) + ", got " + value);
        return null;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken token,
            JsonParser parser, String failureMsg) throws IOException {
        if (!collecting()) {
            return NOT_HANDLED;
        }
        note(parser, expectation(targetType.getRawClass()) + ", got " + describe(token));
        parser.skipChildren();
        return null;
    }

    private static String expectation(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 date";
        }
        return "has the wrong type";
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }

    private static String abbreviate(String value) {
        String printable = value.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "...";
    }

    /** "domains[2]" or "answers.q1.value" from the parser's position. */
    static String path(JsonParser parser) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext ctx = parser.getParsingContext(); ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
            if (ctx.inArray()) {
                parts.add(0, "[" + Math.max(ctx.getCurrentIndex(), 0) + "]");
            } else if (ctx.getCurrentName() != null) {
                parts.add(0, "." + ctx.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }
}
