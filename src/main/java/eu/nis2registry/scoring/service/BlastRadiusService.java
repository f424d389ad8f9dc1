package eu.nis2registry.scoring.service;

import eu.nis2registry.audit.Audit;
import eu.nis2registry.audit.AuditStatus;
import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.exposure.ExposureBucket;
import eu.nis2registry.exposure.LeakAggregate;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.Engagement;
import eu.nis2registry.inventory.Nis2Category;
import eu.nis2registry.inventory.Supplier;
import eu.nis2registry.scoring.ActionMessages;
import eu.nis2registry.scoring.EngagementRisk;
import eu.nis2registry.scoring.rest.RiskDtos.Action;
import eu.nis2registry.scoring.rest.RiskDtos.BlastRadius;
import eu.nis2registry.scoring.rest.RiskDtos.ConcentrationEntry;
import eu.nis2registry.scoring.rest.RiskDtos.ExposedOrganization;
import eu.nis2registry.security.scope.Scope;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who a supplier's leak exposes: every organisation engaging the supplier or any supplier above it in a
 * subcontractor chain, through which engagement and path, with what data and access, how many of its own
 * credentials were seen, and what it must do now. And the reverse view: which suppliers many depend on.
 */
@ApplicationScoped
public class BlastRadiusService {

    private final EntityManager em;
    private final Scope scope;
    private final RiskService risk;

    public BlastRadiusService(EntityManager em, Scope scope, RiskService risk) {
        this.em = em;
        this.scope = scope;
        this.risk = risk;
    }

    public BlastRadius blastRadius(Long supplierId, Locale locale) {
        Supplier leaking = supplierId == null ? null : Supplier.findById(supplierId);
        if (leaking == null) {
            throw ApiException.notFound("Supplier");
        }
        SupplyChain chain = chain();
        Map<Long, List<Long>> paths = chain.above(leaking.id);
        List<Engagement> engagements = em.createQuery("select e from Engagement e join fetch e.organization join fetch e.supplier"
                + " where e.supplier.id in :s", Engagement.class).setParameter("s", paths.keySet()).getResultList();
        Map<Long, Long> credentialsByOrganization = new HashMap<>();
        long observations = 0;
        for (ExposureBucket b : ExposureBucket.<ExposureBucket>list("supplierId", leaking.id)) {
            observations += b.observations;
            if (b.organizationId != 0) {
                credentialsByOrganization.merge(b.organizationId, b.observations, Long::sum);
            }
        }
        long aggregateRecords = 0;
        for (LeakAggregate a : LeakAggregate.<LeakAggregate>list("supplierId", leaking.id)) {
            // An aggregate recorded for one organisation is that organisation's, as in the exposure view.
            if (a.organizationId != null && !scope.canSee(a.organizationId)) {
                continue;
            }
            aggregateRecords += a.records;
            if (a.organizationId != null) {
                credentialsByOrganization.merge(a.organizationId, a.records, Long::sum);
            }
        }
        Map<Long, EngagementRisk> scores = risk.currentFor(engagements.stream().map(e -> e.id).toList());
        Set<Long> mfaClaimed = mfaClaimedEngagements(engagements);
        ActionMessages messages = MessageBundles.get(ActionMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(locale.getLanguage()));
        boolean leaked = observations + aggregateRecords > 0;
        List<ExposedOrganization> organizations = new ArrayList<>();
        for (Engagement e : engagements) {
            if (!scope.canSee(e.organization.id)) {
                continue;
            }
            long exposed = credentialsByOrganization.getOrDefault(e.organization.id, 0L);
            EngagementRisk score = scores.get(e.id);
            boolean claimContradicted = score != null && score.claimContradicted;
            organizations.add(new ExposedOrganization(e.organization.id, e.organization.name, e.id, e.supplier.name,
                    paths.get(e.supplier.id), e.dataCategories.stream().map(Enum::name).sorted().toList(), e.access.name(),
                    exposed, score == null ? null : score.tier, score == null ? null : score.score,
                    actions(messages, e, leaking, exposed, leaked, !mfaClaimed.contains(e.id) || claimContradicted)));
        }
        organizations.sort(Comparator.comparing((ExposedOrganization o) -> o.score() == null ? -1 : o.score()).reversed()
                .thenComparing(ExposedOrganization::organizationId));
        return new BlastRadius(leaking.id, leaking.name, observations, aggregateRecords, organizations);
    }

    /** The article's response checklist, kept to what the facts of this engagement call for. */
    static List<Action> actions(ActionMessages m, Engagement e, Supplier leaking, long exposed, boolean leaked, boolean mfaInDoubt) {
        String engaged = e.supplier.name;
        boolean direct = e.supplier.id.equals(leaking.id);
        boolean health = e.dataCategories.contains(DataCategory.HEALTH);
        boolean privileged = e.access == Access.PRIVILEGED;
        List<Action> actions = new ArrayList<>();
        if (leaked || exposed > 0) {
            actions.add(new Action("RESET_AND_REVOKE", exposed > 0 ? m.resetAndRevokeCounted(exposed, leaking.name)
                    : m.resetAndRevoke(leaking.name)));
        }
        if (mfaInDoubt && e.access != Access.NONE) {
            actions.add(new Action("REQUIRE_MFA", m.requireMfa(engaged)));
        }
        if (privileged) {
            actions.add(new Action("RESTRICT_REMOTE_ACCESS", m.restrictRemoteAccess(engaged)));
        }
        boolean nis2 = e.organization.nis2Category != Nis2Category.NONE;
        if (nis2 && (exposed > 0 || health || privileged) && (leaked || exposed > 0)) {
            actions.add(new Action("NOTIFY_CSIRT", m.notifyCsirt()));
        }
        if (health || privileged || e.criticality == Criticality.CRITICAL || e.criticality == Criticality.HIGH) {
            actions.add(new Action("TEST_BACKUPS", m.testBackups(engaged)));
        }
        if (e.access != Access.NONE) {
            actions.add(new Action("SCAN_FOR_INTRUSIONS", m.scanForIntrusions(engaged)));
        }
        actions.add(new Action("SEND_POST_LEAK_QUESTIONNAIRE", direct ? m.sendPostLeakQuestionnaire(engaged)
                : m.sendPostLeakQuestionnaireAbout(engaged, leaking.name)));
        return actions;
    }

    private static Set<Long> mfaClaimedEngagements(List<Engagement> engagements) {
        Set<Long> claimed = new HashSet<>();
        if (engagements.isEmpty()) {
            return claimed;
        }
        Map<Long, Audit> newest = new HashMap<>();
        for (Audit a : Audit.<Audit>list("engagement in ?1 and status = ?2", engagements, AuditStatus.APPROVED)) {
            Audit current = newest.get(a.engagement.id);
            if (current == null || a.reviewedAt.isAfter(current.reviewedAt)) {
                newest.put(a.engagement.id, a);
            }
        }
        newest.forEach((engagement, audit) -> {
            if (audit.claimsMfa) {
                claimed.add(engagement);
            }
        });
        return claimed;
    }

    /** Suppliers ranked by how many organisations depend on them, directly or through chains. */
    public List<ConcentrationEntry> concentration(int limit) {
        SupplyChain chain = chain();
        List<Object[]> rows = em.createQuery("select e.id, e.organization.id, e.supplier.id, e.access from Engagement e",
                Object[].class).getResultList();
        Set<Long> health = new HashSet<>(em.createQuery("select e.id from Engagement e join e.dataCategories c where c = :h", Long.class)
                .setParameter("h", DataCategory.HEALTH).getResultList());
        Map<Long, Set<Long>> organizations = new HashMap<>();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : rows) {
            long engagement = (Long) row[0];
            long organization = (Long) row[1];
            long engaged = (Long) row[2];
            boolean privileged = row[3] == Access.PRIVILEGED;
            for (Map.Entry<Long, Integer> below : chain.below(engaged).entrySet()) {
                organizations.computeIfAbsent(below.getKey(), k -> new HashSet<>()).add(organization);
                long[] c = counts.computeIfAbsent(below.getKey(), k -> new long[4]);
                c[0]++;
                if (below.getValue() == 0) {
                    c[1]++;
                }
                if (health.contains(engagement)) {
                    c[2]++;
                }
                if (privileged) {
                    c[3]++;
                }
            }
        }
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select s.id, s.name from Supplier s where s.id in :ids", Object[].class)
                .setParameter("ids", counts.isEmpty() ? Set.of(-1L) : counts.keySet()).getResultList()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return counts.entrySet().stream()
                .map(entry -> {
                    long[] c = entry.getValue();
                    return new ConcentrationEntry(entry.getKey(), names.get(entry.getKey()),
                            organizations.get(entry.getKey()).size(), c[0], c[1], share(c[2], c[0]), share(c[3], c[0]));
                })
                .sorted(Comparator.comparingLong(ConcentrationEntry::organizations).reversed()
                        .thenComparing(Comparator.comparingLong(ConcentrationEntry::engagements).reversed())
                        .thenComparing(ConcentrationEntry::supplierId))
                .limit(limit).toList();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }

    private SupplyChain chain() {
        return new SupplyChain(em.createQuery("select s.id, sub.id from Supplier s join s.subcontractors sub", Object[].class)
                .getResultList().stream().map(row -> new long[] {(Long) row[0], (Long) row[1]}).toList());
    }
}
