package eu.nis2registry.scoring.service;

import eu.nis2registry.audit.AuditDecided;
import eu.nis2registry.exposure.AggregateRecorded;
import eu.nis2registry.exposure.LeakImportCompleted;
import eu.nis2registry.inventory.Engagement;
import eu.nis2registry.inventory.EngagementChanged;
import eu.nis2registry.inventory.OrganizationChanged;
import eu.nis2registry.inventory.SupplierChainChanged;
import eu.nis2registry.scoring.ScoringModelVersion;
import eu.nis2registry.scoring.engine.ScoringModel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * When scores are recomputed (SCORING.md item 9): in the same transaction as an audit decision or an inventory
 * change; after an import completes, for exactly the suppliers it touched and everything above them in the
 * subcontractor chains; daily for time decay; all of them when the model changes.
 */
@ApplicationScoped
public class RiskTriggers {

    private static final Logger LOG = Logger.getLogger(RiskTriggers.class);

    private final RiskService risk;
    private final EntityManager em;
    private final Clock clock;

    public RiskTriggers(RiskService risk, EntityManager em, Clock clock) {
        this.risk = risk;
        this.em = em;
        this.clock = clock;
    }

    void onAuditDecided(@Observes AuditDecided event) {
        risk.recompute(List.of(event.engagementId()), "audit " + event.auditId() + " " + event.status().name().toLowerCase());
    }

    void onEngagementChanged(@Observes EngagementChanged event) {
        risk.recompute(List.of(event.engagementId()), event.reason());
    }

    void onOrganizationChanged(@Observes OrganizationChanged event) {
        risk.recompute(em.createQuery("select e.id from Engagement e where e.organization.id = :o", Long.class)
                .setParameter("o", event.organizationId()).getResultList(), event.reason());
    }

    void onChainChanged(@Observes SupplierChainChanged event) {
        risk.recompute(engagementsAtOrAbove(Set.of(event.supplierId())), "supplier " + event.supplierId() + ": " + event.reason());
    }

    void onAggregate(@Observes AggregateRecorded event) {
        risk.recompute(engagementsAtOrAbove(Set.of(event.supplierId())), "aggregate leak " + event.aggregateId());
    }

    /** After the import's own transaction committed, on the import's thread. */
    void onImportCompleted(@Observes LeakImportCompleted event) {
        if (event.supplierIds().isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        RiskService.Recomputed done = QuarkusTransaction.requiringNew().call(() ->
                risk.recompute(engagementsAtOrAbove(event.supplierIds()), "leak import " + event.importId()));
        LOG.infof("Leak import %d: risk recomputed for %d engagement(s) of %d supplier(s) and those above them, %d changed, %d ms",
                event.importId(), done.engagements(), event.supplierIds().size(), done.changed(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Scheduled(cron = "{registry.scoring.daily-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        risk.recomputeAll("time decay");
    }

    /**
     * A model version is its weights: the same version with other weights stops the start. A new version, or
     * engagements never scored, are scored now.
     */
    void onStart(@Observes @Priority(500) StartupEvent event) {
        ScoringModel model = risk.model();
        boolean newModel;
        try {
            newModel = QuarkusTransaction.requiringNew().call(() -> register(model));
        } catch (RuntimeException raced) {
            // Another instance registered the version at the same moment: check it like a known one.
            newModel = QuarkusTransaction.requiringNew().call(() -> register(model));
        }
        long unscored = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(e) from Engagement e where not exists (select 1 from EngagementRisk r where r.engagementId = e.id)",
                Long.class).getSingleResult());
        if (newModel && Engagement.count() > 0) {
            risk.recomputeAll("model " + model.version());
        } else if (unscored > 0) {
            risk.recomputeAll("first score");
        }
    }

    /** True when this version is new here; refuses a known version whose weights differ. */
    private boolean register(ScoringModel model) {
        ScoringModelVersion known = ScoringModelVersion.findById(model.version());
        if (known == null) {
            ScoringModelVersion version = new ScoringModelVersion();
            version.version = model.version();
            version.fingerprint = model.fingerprint();
            version.firstUsedAt = clock.instant();
            version.persist();
            return true;
        }
        if (!known.fingerprint.equals(model.fingerprint())) {
            throw new IllegalStateException("The risk model weights changed but registry.scoring.version is still "
                    + model.version() + ": give the new weights a new version");
        }
        return false;
    }

    Collection<Long> engagementsAtOrAbove(Set<Long> suppliers) {
        List<long[]> links = em.createQuery("select s.id, sub.id from Supplier s join s.subcontractors sub", Object[].class)
                .getResultList().stream().map(row -> new long[] {(Long) row[0], (Long) row[1]}).toList();
        Set<Long> affected = new SupplyChain(links).aboveAll(suppliers);
        return em.createQuery("select e.id from Engagement e where e.supplier.id in :s", Long.class)
                .setParameter("s", affected).getResultList();
    }
}
