package eu.nis2registry.web.session;

import eu.nis2registry.security.SecurityAttributes;
import eu.nis2registry.security.token.BearerTokenMechanism;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.Set;

/**
 * Who may reach which page, decided before any page runs, with redirects a browser follows instead of API errors:
 * no session or an expired one goes to the login page, a session that may only enrol two-factor goes to the
 * enrolment page, a signed-in user who opens the login page goes home.
 */
public class WebGate {

    /** Pages that work without a session. */
    static final Set<String> PUBLIC = Set.of("/ui/login", "/ui/login/code", "/ui/lang");
    /** What an enrolment-only session may reach. */
    static final Set<String> ENROLMENT = Set.of("/ui/enrol", "/ui/logout", "/ui/lang");

    @Inject
    CurrentIdentityAssociation association;

    @Inject
    SessionCookies cookies;

    @ServerRequestFilter
    public Uni<Response> gate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.equals("/ui") && !path.startsWith("/ui/")) {
            return null;
        }
        boolean hasCookie = request.getCookies().containsKey(BearerTokenMechanism.SESSION_COOKIE);
        return association.getDeferredIdentity().onItemOrFailure().transform((identity, failure) -> {
            if (failure != null || identity == null) {
                // The cookie names a token that expired, was revoked or belongs to a disabled user.
                return PUBLIC.contains(path) ? null : redirect("/ui/login?notice=expired", true);
            }
            return decide(path, identity, hasCookie);
        });
    }

    private Response decide(String path, SecurityIdentity identity, boolean hasCookie) {
        if (identity.isAnonymous()) {
            if (PUBLIC.contains(path)) {
                return null;
            }
            return redirect(hasCookie ? "/ui/login?notice=expired" : "/ui/login", hasCookie);
        }
        if (Boolean.TRUE.equals(identity.getAttribute(SecurityAttributes.ENROLMENT_ONLY))) {
            return ENROLMENT.contains(path) ? null : redirect("/ui/enrol", false);
        }
        if (path.startsWith("/ui/login")) {
            return redirect("/ui", false);
        }
        return null;
    }

    private Response redirect(String to, boolean clearCookie) {
        Response.ResponseBuilder builder = Response.seeOther(URI.create(to));
        if (clearCookie) {
            builder.cookie(cookies.clearSession());
        }
        return builder.build();
    }
}
