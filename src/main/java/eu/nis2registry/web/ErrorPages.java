package eu.nis2registry.web;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.web.view.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Failures of a page shown as a page with a way back: not found, not allowed, a conflict the service explains,
 * or an unexpected failure with a reference for the administrator (never a stack trace).
 */
@ApplicationScoped
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private final WebContext web;

    public ErrorPages(WebContext web) {
        this.web = web;
    }

    public Response of(Throwable failure) {
        if (failure instanceof WebContext.WebForbidden) {
            return page(403, "forbidden", null);
        }
        if (failure instanceof ApiException api) {
            return switch (api.status()) {
                case 404 -> page(404, "not_found", null);
                case 403 -> page(403, "forbidden", api.getMessage());
                case 409, 422, 400, 413, 415 -> page(api.status(), "conflict", api.getMessage());
                default -> page(api.status(), "internal", null);
            };
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf("Unexpected failure of a page %s: %s", reference, failure.getClass().getName());
        LOG.debugf(failure, "Unexpected failure %s", reference);
        return page(500, "internal", reference);
    }

    public Response page(int status, String kind, String detail) {
        return page(status, kind, detail, false);
    }

    /** @param bare without the user's navigation: the identity may not be resolved where this is called */
    public Response page(int status, String kind, String detail, boolean bare) {
        String html = Views.error(bare ? web.bare() : web.page(null), kind, detail, "/ui").setLocale(web.locale()).render();
        return Response.status(status).entity(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
