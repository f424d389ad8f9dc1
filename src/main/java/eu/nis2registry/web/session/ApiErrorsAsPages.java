package eu.nis2registry.web.session;

import eu.nis2registry.common.error.ApiError;
import eu.nis2registry.web.ErrorPages;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Rules shared with the API answer a web page with the API's JSON error (the central refusal of writes to a
 * read-only user, for one): on a page that becomes a page saying the same, never a JSON body or a stack trace.
 */
public class ApiErrorsAsPages {

    @Inject
    ErrorPages errors;

    @ServerResponseFilter
    public void asPage(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!(response.getEntity() instanceof ApiError error) || !(path.equals("/ui") || path.startsWith("/ui/"))) {
            return;
        }
        String kind = switch (response.getStatus()) {
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 500 -> "internal";
            default -> "conflict";
        };
        Object page = errors.page(response.getStatus(), kind, error.message(), true).getEntity();
        response.setEntity(page, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
