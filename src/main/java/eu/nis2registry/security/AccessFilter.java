package eu.nis2registry.security;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.EnrolmentRequired;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.util.Set;

/**
 * Rules that hold for every endpoint, checked once here rather than endpoint by endpoint:
 * an enrolment-only token reaches nothing but enrolment, and a read-only user (an auditor) changes nothing.
 */
public class AccessFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> WRITE_ROLES = Set.of(Role.ADMIN_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.CISO_NAME);

    @Inject
    CurrentIdentityAssociation association;

    @ServerRequestFilter
    public Uni<Response> enforce(ContainerRequestContext request, SimpleResourceInfo resource) {
        return association.getDeferredIdentity()
                .onItemOrFailure().transform((identity, failure) ->
                        failure != null || identity == null || identity.isAnonymous() ? null : check(request, resource, identity));
    }

    private static Response check(ContainerRequestContext request, SimpleResourceInfo resource, SecurityIdentity identity) {
        boolean readOnlyOperation = resource != null && resource.getResourceClass() != null
                && hasReadOnlyAnnotation(resource);
        if (Boolean.TRUE.equals(identity.getAttribute(SecurityAttributes.ENROLMENT_ONLY))) {
            // The web pages (under /ui) confine such a session to the enrolment page themselves, with a redirect.
            String path = request.getUriInfo().getPath();
            return path.startsWith("/api/me/totp") || path.equals("/ui") || path.startsWith("/ui/")
                    ? null : deny(EnrolmentRequired.exception());
        }
        boolean writer = identity.getRoles().stream().anyMatch(WRITE_ROLES::contains);
        if (!writer && !SAFE_METHODS.contains(request.getMethod()) && !readOnlyOperation) {
            return deny(ApiException.forbidden("Your role can read but not change anything"));
        }
        return null;
    }

    private static boolean hasReadOnlyAnnotation(SimpleResourceInfo resource) {
        try {
            return resource.getResourceClass()
                    .getMethod(resource.getMethodName(), resource.parameterTypes())
                    .isAnnotationPresent(ReadOnlyOperation.class);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Response deny(ApiException e) {
        return Response.status(e.status()).entity(e.toBody()).type(MediaType.APPLICATION_JSON).build();
    }
}
