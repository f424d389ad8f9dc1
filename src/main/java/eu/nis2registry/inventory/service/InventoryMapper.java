package eu.nis2registry.inventory.service;

import eu.nis2registry.inventory.Engagement;
import eu.nis2registry.inventory.Organization;
import eu.nis2registry.inventory.Supplier;
import eu.nis2registry.inventory.rest.InventoryDtos.EngagementView;
import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationView;
import eu.nis2registry.inventory.rest.InventoryDtos.SupplierView;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Entities to response records, with lists sorted so that answers are stable. */
public final class InventoryMapper {

    private InventoryMapper() {
    }

    public static OrganizationView view(Organization o) {
        return new OrganizationView(o.id, o.name, o.enterpriseNumber, o.sector, o.nis2Category, sorted(o.emailDomains),
                o.createdAt);
    }

    public static SupplierView view(Supplier s) {
        return new SupplierView(s.id, s.name, s.enterpriseNumber, s.country, sorted(s.domains),
                s.subcontractors.stream().map(sub -> sub.id).sorted().toList(), s.createdAt);
    }

    public static EngagementView view(Engagement e, LocalDate today) {
        return new EngagementView(e.id, e.organization.id, e.supplier.id, e.supplier.name, e.service,
                sorted(e.serviceHosts), sorted(e.dataCategories), e.access, e.criticality, sorted(e.contractClauses),
                e.nextAuditDue, e.lastAuditApprovedAt, e.nextAuditDue.isBefore(today), e.createdAt);
    }

    private static <T extends Comparable<T>> List<T> sorted(Collection<T> values) {
        return values.stream().sorted().toList();
    }
}
