package eu.nis2registry.common.error;

import java.util.List;

/**
 * A failure that maps to one API.md error body. Messages must never carry a secret: they reach the client
 * and may reach the log.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final transient List<ErrorDetail> details;

    public ApiException(int status, String code, String message, List<ErrorDetail> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details == null ? List.of() : List.copyOf(details);
    }

    public ApiException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    /** Unknown or out-of-scope: the same answer for both, so that scope never reveals a record. */
    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what + " not found");
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    public static ApiException conflict(String code, String message, List<ErrorDetail> details) {
        return new ApiException(409, code, message, details);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message);
    }

    public static ApiException invalid(String message, List<ErrorDetail> details) {
        return new ApiException(422, "validation_failed", message, details);
    }

    public static ApiException invalid(List<ErrorDetail> details) {
        return invalid(details.size() == 1 ? "1 problem in the request" : details.size() + " problems in the request", details);
    }

    public static ApiException badRequest(String message, List<ErrorDetail> details) {
        return new ApiException(400, "bad_request", message, details);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<ErrorDetail> details() {
        return details;
    }

    public ApiError toBody() {
        return new ApiError(code, getMessage(), details);
    }
}
