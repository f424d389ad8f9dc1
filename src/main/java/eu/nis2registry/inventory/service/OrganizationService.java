package eu.nis2registry.inventory.service;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.common.error.Problems;
import eu.nis2registry.inventory.Organization;
import eu.nis2registry.inventory.OrganizationChanged;
import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationRequest;
import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationView;
import eu.nis2registry.security.scope.Scope;
import eu.nis2registry.security.trail.AuditTrail;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class OrganizationService {

    private final Scope scope;
    private final AuditTrail trail;
    private final Event<OrganizationChanged> changed;
    private final Clock clock;

    public OrganizationService(Scope scope, AuditTrail trail, Event<OrganizationChanged> changed, Clock clock) {
        this.scope = scope;
        this.trail = trail;
        this.changed = changed;
        this.clock = clock;
    }

    @Transactional
    public OrganizationView create(OrganizationRequest request) {
        Organization organization = new Organization();
        organization.createdAt = clock.instant();
        apply(organization, request);
        organization.persist();
        OrganizationView view = InventoryMapper.view(organization);
        trail.record("ORGANIZATION_CREATED", "Organization", organization.id, organization.id, null, view);
        return view;
    }

    @Transactional
    public OrganizationView update(Long id, OrganizationRequest request) {
        Organization organization = scope.require(Organization.class, id, "Organization");
        OrganizationView before = InventoryMapper.view(organization);
        Instant updatedAt = organization.updatedAt;
        apply(organization, request);
        OrganizationView after = InventoryMapper.view(organization);
        if (after.equals(before)) {
            // The same values again (a re-imported export): no change to date or to record in the trail.
            organization.updatedAt = updatedAt;
            return after;
        }
        trail.record("ORGANIZATION_UPDATED", "Organization", id, id, before, after);
        if (before.nis2Category() != after.nis2Category()) {
            changed.fire(new OrganizationChanged(id, "NIS2 category changed to " + after.nis2Category()));
        }
        return after;
    }

    public List<OrganizationView> list() {
        Optional<Set<Long>> visible = scope.visibleOrganizations();
        List<Organization> organizations = visible.isEmpty()
                ? Organization.listAll(Sort.by("name").and("id"))
                : visible.get().isEmpty() ? List.of()
                : Organization.list("id in ?1", Sort.by("name").and("id"), visible.get());
        return organizations.stream().map(InventoryMapper::view).toList();
    }

    public OrganizationView get(Long id) {
        return InventoryMapper.view(scope.require(Organization.class, id, "Organization"));
    }

    private void apply(Organization organization, OrganizationRequest request) {
        Problems problems = new Problems();
        String enterpriseNumber = Normalizer.enterpriseNumber(request.enterpriseNumber(), "enterpriseNumber", problems);
        Set<String> domains = Normalizer.domains(request.emailDomains(), "emailDomains", problems);
        problems.throwIfAny();
        if (enterpriseNumber != null) {
            Organization.<Organization>find("enterpriseNumber", enterpriseNumber).firstResultOptional()
                    .filter(other -> !other.id.equals(organization.id))
                    .ifPresent(other -> {
                        throw ApiException.conflict("organization_exists", "An organization with this enterprise number exists",
                                List.of(ErrorDetail.record(other.id, "enterpriseNumber", "already registered")));
                    });
        }
        organization.name = Normalizer.text(request.name());
        organization.enterpriseNumber = enterpriseNumber;
        organization.sector = Normalizer.text(request.sector());
        organization.nis2Category = request.nis2Category();
        organization.emailDomains = new HashSet<>(domains);
        organization.updatedAt = clock.instant();
    }
}
