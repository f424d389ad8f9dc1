package eu.nis2registry.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

import java.util.Set;

/** The caller of this request: who, which roles, which organisations. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    public Long id() {
        return identity.getAttribute(SecurityAttributes.USER_ID);
    }

    public String username() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(Role role) {
        return identity.hasRole(role.name());
    }

    /** ADMIN and users scoped to all organisations see every organisation. */
    public boolean seesAllOrganizations() {
        return hasRole(Role.ADMIN) || Boolean.TRUE.equals(identity.getAttribute(SecurityAttributes.ALL_ORGANIZATIONS));
    }

    public Set<Long> organizationIds() {
        Set<Long> ids = identity.getAttribute(SecurityAttributes.ORGANIZATION_IDS);
        return ids == null ? Set.of() : ids;
    }

    public boolean canSee(Long organizationId) {
        return organizationId != null && (seesAllOrganizations() || organizationIds().contains(organizationId));
    }
}
