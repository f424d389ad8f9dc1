package eu.nis2registry.inventory.service;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.common.error.Problems;
import eu.nis2registry.inventory.Supplier;
import eu.nis2registry.inventory.SupplierChainChanged;
import eu.nis2registry.inventory.rest.InventoryDtos.SupplierRequest;
import eu.nis2registry.inventory.rest.InventoryDtos.SupplierView;
import eu.nis2registry.security.trail.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Suppliers are shared by all organisations; what an organisation does with one lives in engagements. */
@ApplicationScoped
public class SupplierService {

    private final EntityManager em;
    private final AuditTrail trail;
    private final Event<SupplierChainChanged> chainChanged;
    private final Clock clock;

    public SupplierService(EntityManager em, AuditTrail trail, Event<SupplierChainChanged> chainChanged, Clock clock) {
        this.em = em;
        this.trail = trail;
        this.chainChanged = chainChanged;
        this.clock = clock;
    }

    public record Page<T>(List<T> items, long total) {
    }

    @Transactional
    public SupplierView create(SupplierRequest request) {
        Supplier supplier = new Supplier();
        supplier.createdAt = clock.instant();
        apply(supplier, request);
        supplier.persist();
        SupplierView view = InventoryMapper.view(supplier);
        trail.record("SUPPLIER_CREATED", "Supplier", supplier.id, null, null, view);
        return view;
    }

    @Transactional
    public SupplierView update(Long id, SupplierRequest request) {
        Supplier supplier = require(id);
        SupplierView before = InventoryMapper.view(supplier);
        Instant updatedAt = supplier.updatedAt;
        apply(supplier, request);
        SupplierView after = InventoryMapper.view(supplier);
        if (after.equals(before)) {
            // The same values again (a re-imported export): no change to date or to record in the trail.
            supplier.updatedAt = updatedAt;
            return after;
        }
        trail.record("SUPPLIER_UPDATED", "Supplier", id, null, before, after);
        return after;
    }

    public SupplierView get(Long id) {
        return InventoryMapper.view(require(id));
    }

    /** Suppliers whose name or one of whose domains contains {@code q}, by name. */
    public Page<SupplierView> search(String q, int page, int size) {
        String where = q == null || q.isBlank() ? ""
                : " where lower(s.name) like :q or exists (select 1 from Supplier s2 join s2.domains d"
                + " where s2 = s and d like :q)";
        var query = em.createQuery("select s from Supplier s" + where + " order by lower(s.name), s.id", Supplier.class);
        var count = em.createQuery("select count(s) from Supplier s" + where, Long.class);
        if (!where.isEmpty()) {
            String pattern = "%" + q.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            query.setParameter("q", pattern);
            count.setParameter("q", pattern);
        }
        List<SupplierView> items = query.setFirstResult(page * size).setMaxResults(size).getResultList()
                .stream().map(InventoryMapper::view).toList();
        return new Page<>(items, count.getSingleResult());
    }

    @Transactional
    public void addSubcontractor(Long supplierId, Long subcontractorId) {
        Supplier supplier = require(supplierId);
        Supplier subcontractor = Supplier.findById(subcontractorId);
        if (subcontractor == null) {
            throw ApiException.invalid(List.of(ErrorDetail.field("subcontractorId", "no supplier with id " + subcontractorId)));
        }
        if (supplier.subcontractors.contains(subcontractor)) {
            return;
        }
        List<Long> cycle = pathBetween(subcontractorId, supplierId);
        if (!cycle.isEmpty()) {
            throw new ApiException(422, "subcontractor_cycle",
                    "This link would make a cycle: " + supplierId + " -> " + cycle.stream().map(String::valueOf)
                            .reduce((a, b) -> a + " -> " + b).orElse(""),
                    List.of(ErrorDetail.field("subcontractorId", "supplier " + subcontractorId + " already depends on "
                            + supplierId + (cycle.size() > 1 ? " through " + (cycle.size() - 1) + " link(s)" : ""))));
        }
        supplier.subcontractors.add(subcontractor);
        supplier.updatedAt = clock.instant();
        trail.record("SUBCONTRACTOR_ADDED", "Supplier", supplierId, null, null, Map.of("subcontractorId", subcontractorId));
        chainChanged.fire(new SupplierChainChanged(supplierId, "subcontractor " + subcontractorId + " added"));
    }

    @Transactional
    public void removeSubcontractor(Long supplierId, Long subcontractorId) {
        Supplier supplier = require(supplierId);
        if (supplier.subcontractors.removeIf(s -> s.id.equals(subcontractorId))) {
            supplier.updatedAt = clock.instant();
            trail.record("SUBCONTRACTOR_REMOVED", "Supplier", supplierId, null, Map.of("subcontractorId", subcontractorId), null);
            chainChanged.fire(new SupplierChainChanged(supplierId, "subcontractor " + subcontractorId + " removed"));
        } else {
            throw ApiException.notFound("Subcontractor link");
        }
    }

    /** The chain from {@code from} down to {@code to} through subcontractor links, or empty when there is none. */
    List<Long> pathBetween(Long from, Long to) {
        Map<Long, List<Long>> links = new HashMap<>();
        for (Object[] row : em.createQuery("select s.id, sub.id from Supplier s join s.subcontractors sub", Object[].class)
                .getResultList()) {
            links.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]);
        }
        Map<Long, Long> parent = new HashMap<>();
        Deque<Long> queue = new ArrayDeque<>(List.of(from));
        Set<Long> seen = new HashSet<>(List.of(from));
        while (!queue.isEmpty()) {
            Long current = queue.poll();
            if (current.equals(to)) {
                List<Long> path = new ArrayList<>();
                for (Long at = to; at != null; at = parent.get(at)) {
                    path.add(0, at);
                }
                return path;
            }
            for (Long next : links.getOrDefault(current, List.of())) {
                if (seen.add(next)) {
                    parent.put(next, current);
                    queue.add(next);
                }
            }
        }
        return List.of();
    }

    Supplier require(Long id) {
        Supplier supplier = id == null ? null : Supplier.findById(id);
        if (supplier == null) {
            throw ApiException.notFound("Supplier");
        }
        return supplier;
    }

    private void apply(Supplier supplier, SupplierRequest request) {
        Problems problems = new Problems();
        String enterpriseNumber = Normalizer.enterpriseNumber(request.enterpriseNumber(), "enterpriseNumber", problems);
        String country = Normalizer.country(request.country(), "country", problems);
        Set<String> domains = Normalizer.domains(request.domains(), "domains", problems);
        problems.throwIfAny();
        List<ErrorDetail> conflicts = new ArrayList<>();
        if (enterpriseNumber != null) {
            Supplier.<Supplier>find("enterpriseNumber", enterpriseNumber).firstResultOptional()
                    .filter(other -> !other.id.equals(supplier.id))
                    .ifPresent(other -> conflicts.add(ErrorDetail.record(other.id, "enterpriseNumber",
                            "supplier " + other.id + " (" + other.name + ") has this enterprise number")));
        }
        if (!domains.isEmpty()) {
            em.createQuery("select s.id, s.name, d from Supplier s join s.domains d where d in :domains", Object[].class)
                    .setParameter("domains", domains).getResultList().stream()
                    .filter(row -> !row[0].equals(supplier.id))
                    .forEach(row -> conflicts.add(ErrorDetail.record((Long) row[0], "domains",
                            "supplier " + row[0] + " (" + row[1] + ") has the domain " + row[2])));
        }
        if (!conflicts.isEmpty()) {
            throw ApiException.conflict("supplier_exists", "A supplier with the same enterprise number or domain exists",
                    conflicts);
        }
        supplier.name = Normalizer.text(request.name());
        supplier.enterpriseNumber = enterpriseNumber;
        supplier.country = country;
        supplier.domains = new HashSet<>(domains);
        supplier.updatedAt = clock.instant();
    }
}
