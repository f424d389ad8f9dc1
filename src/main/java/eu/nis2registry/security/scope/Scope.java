package eu.nis2registry.security.scope;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The one place where organisation scope is enforced: every organisation-owned record is loaded through
 * here, and a record outside the caller's scope answers exactly like a record that does not exist.
 */
@ApplicationScoped
public class Scope {

    private final EntityManager em;
    private final CurrentUser user;

    public Scope(EntityManager em, CurrentUser user) {
        this.em = em;
        this.user = user;
    }

    /** The record, or 404 when it does not exist or lies outside the caller's scope. */
    public <T extends OrganizationOwned> T require(Class<T> type, Long id, String what) {
        return find(type, id).orElseThrow(() -> ApiException.notFound(what));
    }

    public <T extends OrganizationOwned> Optional<T> find(Class<T> type, Long id) {
        if (id == null) {
            return Optional.empty();
        }
        T found = em.find(type, id);
        return found != null && user.canSee(found.owningOrganizationId()) ? Optional.of(found) : Optional.empty();
    }

    /** 404 unless the caller may see this organisation. */
    public void requireOrganization(Long organizationId) {
        if (!user.canSee(organizationId)) {
            throw ApiException.notFound("Organization");
        }
    }

    public boolean canSee(Long organizationId) {
        return user.canSee(organizationId);
    }

    /** Empty means every organisation; otherwise the ids a list query must be restricted to. */
    public Optional<Set<Long>> visibleOrganizations() {
        return user.seesAllOrganizations() ? Optional.empty() : Optional.of(user.organizationIds());
    }

    /** The given ids the caller may see. */
    public Set<Long> visibleAmong(Collection<Long> organizationIds) {
        return organizationIds.stream().filter(user::canSee).collect(java.util.stream.Collectors.toSet());
    }
}
