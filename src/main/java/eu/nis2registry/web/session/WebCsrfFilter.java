package eu.nis2registry.web.session;

import eu.nis2registry.security.token.BearerTokenMechanism;
import io.quarkus.csrf.reactive.runtime.CsrfRequestResponseReactiveFilter;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * quarkus-rest-csrf's filter checks every unsafe request of the application; this narrows it to the requests a
 * browser can be tricked into sending with its ambient credentials. A call to {@code /api} that carries an
 * {@code Authorization} header (a browser never adds one on its own) or no session cookie at all has nothing a
 * forged request could borrow, so the JSON, multipart and binary API of non-browser clients is left as it was.
 * Everything else, every web form and any {@code /api} write that relies on the session cookie, is verified by the
 * extension: form field or {@code X-CSRF-TOKEN} header against the CSRF cookie.
 */
@Alternative
@Priority(1)
@Singleton
public class WebCsrfFilter extends CsrfRequestResponseReactiveFilter {

    @Override
    public void filter(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (exempt(routing)) {
            return;
        }
        super.filter(request, routing);
    }

    static boolean exempt(RoutingContext routing) {
        String path = routing.normalizedPath();
        if (!path.startsWith("/api/") && !path.equals("/api")) {
            return false;
        }
        return routing.request().getHeader("Authorization") != null
                || routing.request().getCookie(BearerTokenMechanism.SESSION_COOKIE) == null;
    }
}
