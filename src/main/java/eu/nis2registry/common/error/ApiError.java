package eu.nis2registry.common.error;

import java.util.List;

/** The error body of API.md: {@code {"error", "message", "details"}}. */
public record ApiError(String error, String message, List<ErrorDetail> details) {

    public ApiError {
        details = details == null ? List.of() : List.copyOf(details);
    }
}
