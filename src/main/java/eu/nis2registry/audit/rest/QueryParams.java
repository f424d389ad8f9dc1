package eu.nis2registry.audit.rest;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;

import java.util.Arrays;
import java.util.List;

/**
 * Filters from the query string. Bound as enums, an unknown value made JAX-RS answer 404, as if the organisation
 * did not exist; API.md wants bad input to be a 400 that names the problem.
 */
final class QueryParams {

    private QueryParams() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value.strip())).findFirst()
                .orElseThrow(() -> ApiException.badRequest("Unknown value of the filter '" + name + "'",
                        List.of(ErrorDetail.field(name, "one of " + Arrays.toString(type.getEnumConstants())))));
    }
}
