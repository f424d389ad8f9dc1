package eu.nis2registry.inventory.service;

import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.common.error.Problems;
import eu.nis2registry.inventory.ContractClause;
import eu.nis2registry.inventory.Engagement;
import eu.nis2registry.inventory.EngagementChanged;
import eu.nis2registry.inventory.Organization;
import eu.nis2registry.inventory.ReassessmentConfig;
import eu.nis2registry.inventory.Supplier;
import eu.nis2registry.inventory.rest.InventoryDtos.EngagementRequest;
import eu.nis2registry.inventory.rest.InventoryDtos.EngagementView;
import eu.nis2registry.security.scope.Scope;
import eu.nis2registry.security.trail.AuditTrail;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

@ApplicationScoped
public class EngagementService {

    private final Scope scope;
    private final AuditTrail trail;
    private final Event<EngagementChanged> changed;
    private final ReassessmentConfig reassessment;
    private final Clock clock;

    public EngagementService(Scope scope, AuditTrail trail, Event<EngagementChanged> changed,
            ReassessmentConfig reassessment, Clock clock) {
        this.scope = scope;
        this.trail = trail;
        this.changed = changed;
        this.reassessment = reassessment;
        this.clock = clock;
    }

    @Transactional
    public EngagementView create(Long organizationId, EngagementRequest request) {
        Organization organization = scope.require(Organization.class, organizationId, "Organization");
        Engagement engagement = new Engagement();
        engagement.organization = organization;
        engagement.createdAt = clock.instant();
        apply(engagement, request);
        engagement.persist();
        EngagementView view = InventoryMapper.view(engagement, today());
        trail.record("ENGAGEMENT_CREATED", "Engagement", engagement.id, organizationId, null, view);
        changed.fire(new EngagementChanged(engagement.id, "engagement created"));
        return view;
    }

    @Transactional
    public EngagementView update(Long id, EngagementRequest request) {
        Engagement engagement = scope.require(Engagement.class, id, "Engagement");
        EngagementView before = InventoryMapper.view(engagement, today());
        Instant updatedAt = engagement.updatedAt;
        apply(engagement, request);
        EngagementView after = InventoryMapper.view(engagement, today());
        if (after.equals(before)) {
            // The same values again (a re-imported export): no change to date, trail or score.
            engagement.updatedAt = updatedAt;
            return after;
        }
        trail.record("ENGAGEMENT_UPDATED", "Engagement", id, engagement.organization.id, before, after);
        changed.fire(new EngagementChanged(id, "engagement changed"));
        return after;
    }

    public List<EngagementView> list(Long organizationId) {
        scope.require(Organization.class, organizationId, "Organization");
        return Engagement.<Engagement>list("organization.id", Sort.by("service").and("id"), organizationId)
                .stream().map(e -> InventoryMapper.view(e, today())).toList();
    }

    public EngagementView get(Long id) {
        return InventoryMapper.view(scope.require(Engagement.class, id, "Engagement"), today());
    }

    /** Engagements whose next audit is past due, soonest first. */
    public List<EngagementView> overdue(Long organizationId) {
        scope.requireOrganization(organizationId);
        return Engagement.<Engagement>list("organization.id = ?1 and nextAuditDue < ?2", Sort.by("nextAuditDue").and("id"),
                organizationId, today()).stream().map(e -> InventoryMapper.view(e, today())).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void apply(Engagement engagement, EngagementRequest request) {
        Problems problems = new Problems();
        Supplier supplier = Supplier.findById(request.supplierId());
        if (supplier == null) {
            problems.add(ErrorDetail.field("supplierId", "no supplier with id " + request.supplierId()));
        }
        var hosts = Normalizer.hosts(request.serviceHosts(), "serviceHosts", problems);
        problems.throwIfAny();
        engagement.supplier = supplier;
        engagement.service = Normalizer.text(request.service());
        engagement.serviceHosts = new HashSet<>(hosts);
        engagement.dataCategories = new HashSet<>(request.dataCategories());
        engagement.access = request.access();
        engagement.criticality = request.criticality();
        LocalDate lastApproval = engagement.lastAuditApprovedAt == null ? null
                : LocalDate.ofInstant(engagement.lastAuditApprovedAt, clock.getZone());
        LocalDate registered = engagement.createdAt == null ? today() : LocalDate.ofInstant(engagement.createdAt, clock.getZone());
        engagement.nextAuditDue = reassessment.nextDue(request.criticality(), lastApproval, registered);
        engagement.contractClauses = request.contractClauses() == null || request.contractClauses().isEmpty()
                ? EnumSet.noneOf(ContractClause.class) : EnumSet.copyOf(request.contractClauses());
        engagement.updatedAt = clock.instant();
    }
}
