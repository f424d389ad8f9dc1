package eu.nis2registry.web.session;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.web.ErrorPages;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;

/**
 * quarkus-rest-csrf refuses a form without a valid token with a bare 400. On a web page that becomes a page that
 * explains it (the form was open too long or came from elsewhere) and leads back; no page of ours answers a bare
 * 400 otherwise. On the API the same refusal (a write carried by the session cookie without the token header)
 * gets the API's JSON error body.
 */
public class CsrfFailurePage {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    ErrorPages errors;

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (response.getStatus() != 400 || response.hasEntity() || SAFE.contains(request.getMethod())) {
            return;
        }
        if (path.startsWith("/api/")) {
            // A write to the API that relies on the session cookie alone, without the X-CSRF-TOKEN header.
            response.setStatus(403);
            response.setEntity(new ApiException(403, "csrf_token_required", "A request authenticated by the session"
                    + " cookie must carry the X-CSRF-TOKEN header; API clients use Authorization: Bearer").toBody(),
                    null, MediaType.APPLICATION_JSON_TYPE);
            return;
        }
        if (!(path.equals("/ui") || path.startsWith("/ui/"))) {
            return;
        }
        Response page = errors.page(403, "csrf", null, true);
        response.setStatus(403);
        response.setEntity(page.getEntity(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
