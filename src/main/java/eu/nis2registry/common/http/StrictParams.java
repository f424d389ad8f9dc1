package eu.nis2registry.common.http;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * Ids and counts in paths and query strings are written with the digits 0-9 only, flags as true or false. The
 * JDK's own parsing also takes other scripts' digits ("１２" is 12), so a malformed id would reach a record; and
 * the JAX-RS default answers a bad query number with 404. Here each answers 400, naming the parameter.
 */
@Provider
public class StrictParams implements ParamConverterProvider {

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,19}");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Whole<>(name(annotations), Long.MIN_VALUE, Long.MAX_VALUE, Long::valueOf);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Whole<>(name(annotations), Integer.MIN_VALUE, Integer.MAX_VALUE,
                    v -> (int) v);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new Flag(name(annotations));
        }
        return null;
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof RestPath p && !p.value().isEmpty()) {
                return p.value();
            }
            if (a instanceof RestQuery q && !q.value().isEmpty()) {
                return q.value();
            }
        }
        return "parameter";
    }

    private record Whole<T>(String name, long min, long max, LongFunction<T> box)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            if (WHOLE.matcher(value).matches()) {
                try {
                    long parsed = Long.parseLong(value);
                    if (parsed >= min && parsed <= max) {
                        return box.apply(parsed);
                    }
                } catch (NumberFormatException tooLong) {
                    // falls through to the answer below
                }
            }
            throw new Invalid(name, "must be a whole number between " + min + " and " + max
                    + ", written with the digits 0-9");
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }

    /** "yes" or "1" would otherwise read as false: a dry run requested that way would store the import. */
    private record Flag(String name) implements ParamConverter<Boolean> {

        @Override
        public Boolean fromString(String value) {
            if (value == null) {
                return null;
            }
            if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                return Boolean.valueOf(value);
            }
            throw new Invalid(name, "must be true or false");
        }

        @Override
        public String toString(Boolean value) {
            return String.valueOf(value);
        }
    }

    /**
     * A WebApplicationException, so the REST layer passes it on as it is instead of turning it into a 404; the
     * error mapper answers with the problem it carries.
     */
    static final class Invalid extends BadRequestException {
        Invalid(String name, String message) {
            super(ApiException.badRequest("The request is not valid", List.of(ErrorDetail.field(name, message))));
        }
    }
}
