package eu.nis2registry.common.error;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import eu.nis2registry.security.SecurityAttributes;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The one place where every failure becomes the API.md error body. Unexpected failures are logged with a
 * reference the client also gets, never with a stack trace in the answer.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @Inject
    CurrentIdentityAssociation identity;

    @ServerExceptionMapper
    public Response api(ApiException e) {
        Response.ResponseBuilder builder = Response.status(e.status()).entity(e.toBody()).type(MediaType.APPLICATION_JSON);
        if (e instanceof TooManyRequestsException tooMany) {
            builder.header("Retry-After", tooMany.retryAfterSeconds());
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<ErrorDetail> details = new ArrayList<>();
        e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> details.add(ErrorDetail.field(ViolationPaths.fieldOf(v), v.getMessage())));
        return api(ApiException.invalid(details));
    }

    /** Quarkus REST brings a mapper for this subtype with a body of its own; ours must be the closer match. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch) {
            String field = mismatch.getPath().isEmpty() ? null : pathOf(mismatch.getPath());
            String message = field == null ? "the request body must be a JSON object" : "has the wrong type";
            return api(ApiException.badRequest("The request body does not fit the expected form",
                    List.of(ErrorDetail.field(field, message))));
        }
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return api(new ApiException(400, "malformed_json", "The request body is not valid JSON" + where));
    }

    /**
     * A request body that ends early or is damaged (a multipart form cut short, a truncated zip): the client's
     * mistake, not ours. Server-side file errors reach the mappers as UncheckedIOException, never as this.
     */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e) {
        return api(ApiException.badRequest("The request body could not be read: it is cut short or damaged", List.of()));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return api(new ApiException(401, "unauthorized", "A valid bearer token is required"));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized(null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        SecurityIdentity current = identity.getIdentity();
        if (current != null && Boolean.TRUE.equals(current.getAttribute(SecurityAttributes.ENROLMENT_ONLY))) {
            return api(EnrolmentRequired.exception());
        }
        return api(ApiException.forbidden("Your role does not allow this"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof ApiException problem) {
            return api(problem);
        }
        int status = e.getResponse().getStatus();
        // Quarkus REST wraps JSON syntax errors (not type mismatches) in a plain 400 before any mapper sees them.
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        if (e instanceof NotAllowedException) {
            return api(new ApiException(405, "method_not_allowed", "This method is not allowed here"));
        }
        if (e instanceof NotSupportedException) {
            return api(new ApiException(415, "unsupported_media_type", "This content type is not accepted here"));
        }
        if (status == 404) {
            return api(new ApiException(404, "not_found", "Nothing here"));
        }
        if (status >= 500) {
            return unexpected(e);
        }
        String code = status == 406 ? "not_acceptable" : status == 413 ? "payload_too_large" : "bad_request";
        return api(new ApiException(status, code, status == 400 ? "The request is not valid" : e.getResponse().getStatusInfo().getReasonPhrase()));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        if (isUniqueViolation(e, 0)) {
            // Two requests (or instances) stored the same unique value at once; the checks before the insert
            // could not see each other. The loser gets the answer it would have got a moment later.
            return api(new ApiException(409, "conflict",
                    "Another change stored the same value at the same moment; read the record again and retry"));
        }
        if (causedBy(e, jakarta.persistence.LockTimeoutException.class, 0)
                || causedBy(e, jakarta.persistence.PessimisticLockException.class, 0)) {
            return Response.fromResponse(api(new ApiException(503, "busy",
                    "The registry is busy with another change (an import?); try again in a moment"))).header("Retry-After", 5).build();
        }
        String reference = UUID.randomUUID().toString();
        // The type and reference only: a message may carry user input.
        LOG.errorf("Unexpected failure %s: %s", reference, e.getClass().getName());
        LOG.debugf(e, "Unexpected failure %s", reference);
        return api(new ApiException(500, "internal_error",
                "Something went wrong on our side; quote reference " + reference + " to your administrator"));
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type, int depth) {
        if (e == null || depth > 20) {
            return false;
        }
        return type.isInstance(e) || e.getCause() != e && causedBy(e.getCause(), type, depth + 1);
    }

    /** SQLSTATE 23505, found anywhere in the causes (a failed commit wraps the JDBC error several times). */
    private static boolean isUniqueViolation(Throwable e, int depth) {
        if (e == null || depth > 20) {
            return false;
        }
        if (e instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
            return true;
        }
        for (Throwable suppressed : e.getSuppressed()) {
            if (isUniqueViolation(suppressed, depth + 1)) {
                return true;
            }
        }
        return e.getCause() != e && isUniqueViolation(e.getCause(), depth + 1);
    }

    private static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
