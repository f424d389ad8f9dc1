package eu.nis2registry.scoring.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.nis2registry.audit.Audit;
import eu.nis2registry.audit.service.FindingService;
import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.inventory.Engagement;
import eu.nis2registry.inventory.Organization;
import eu.nis2registry.inventory.Supplier;
import eu.nis2registry.scoring.EngagementRisk;
import eu.nis2registry.scoring.ModelFactory;
import eu.nis2registry.scoring.RiskSnapshot;
import eu.nis2registry.scoring.ScoringConfig;
import eu.nis2registry.scoring.engine.Factor;
import eu.nis2registry.scoring.engine.RiskEngine;
import eu.nis2registry.scoring.engine.RiskResult;
import eu.nis2registry.scoring.engine.ScoringModel;
import eu.nis2registry.scoring.engine.Tier;
import eu.nis2registry.scoring.rest.RiskDtos.ComponentsView;
import eu.nis2registry.scoring.rest.RiskDtos.EngagementScore;
import eu.nis2registry.scoring.rest.RiskDtos.FactorView;
import eu.nis2registry.scoring.rest.RiskDtos.HistoryEntry;
import eu.nis2registry.scoring.rest.RiskDtos.OrganizationRisk;
import eu.nis2registry.scoring.rest.RiskDtos.RiskView;
import eu.nis2registry.scoring.rest.RiskDtos.SupplierRisk;
import eu.nis2registry.scoring.rest.RiskDtos.SupplierScore;
import eu.nis2registry.security.scope.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores engagements with the risk engine and keeps, per engagement, the current score and a history entry
 * for every change with its reason. A recompute locks the current rows it writes, so that two instances
 * recomputing the same engagement store one history entry, not two.
 */
@ApplicationScoped
public class RiskService {

    private static final Logger LOG = Logger.getLogger(RiskService.class);
    private static final int BATCH = 1000;
    private static final TypeReference<List<FactorView>> FACTORS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final RiskInputLoader loader;
    private final EntityManager em;
    private final FindingService findings;
    private final Scope scope;
    private final ObjectMapper json;
    private final Clock clock;
    private final RiskEngine engine;

    public RiskService(DataSource dataSource, RiskInputLoader loader, EntityManager em, FindingService findings, Scope scope,
            ObjectMapper json, Clock clock, ScoringConfig config) {
        this.dataSource = dataSource;
        this.loader = loader;
        this.em = em;
        this.findings = findings;
        this.scope = scope;
        this.json = json;
        this.clock = clock;
        this.engine = new RiskEngine(ModelFactory.build(config));
    }

    public ScoringModel model() {
        return engine.model();
    }

    public record Recomputed(int engagements, int changed) {
    }

    /** Rescores these engagements inside the caller's transaction (or a new one). */
    @Transactional
    public Recomputed recompute(Collection<Long> engagementIds, String reason) {
        if (engagementIds.isEmpty()) {
            return new Recomputed(0, 0);
        }
        em.flush();
        try (Connection connection = dataSource.getConnection()) {
            return score(connection, loader.load(connection, engagementIds), reason);
        } catch (SQLException e) {
            throw new IllegalStateException("risk recompute failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /** Rescores every engagement, one transaction per batch, from one read of the inputs. */
    public Recomputed recomputeAll(String reason) {
        long started = System.nanoTime();
        RiskInputLoader.Inputs inputs;
        try (Connection connection = dataSource.getConnection()) {
            inputs = loader.load(connection, null);
        } catch (SQLException e) {
            throw new IllegalStateException("risk recompute failed (SQL state " + e.getSQLState() + ")", e);
        }
        List<Long> ids = new ArrayList<>(inputs.engagements.keySet());
        int changed = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            changed += QuarkusTransaction.requiringNew().call(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    return score(connection, inputs, batch, reason);
                }
            });
        }
        LOG.infof("Risk recomputed for %d engagement(s) (%s): %d changed, %d ms", ids.size(), reason, changed,
                (System.nanoTime() - started) / 1_000_000);
        return new Recomputed(ids.size(), changed);
    }

    private Recomputed score(Connection connection, RiskInputLoader.Inputs inputs, String reason) throws SQLException {
        List<Long> ids = new ArrayList<>(inputs.engagements.keySet());
        return new Recomputed(ids.size(), score(connection, inputs, ids, reason));
    }

    private int score(Connection connection, RiskInputLoader.Inputs inputs, List<Long> ids, String reason) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Map<Long, RiskResult> results = new LinkedHashMap<>();
        for (Long id : ids) {
            RiskInputLoader.EngagementFacts facts = inputs.engagements.get(id);
            if (facts != null) {
                results.put(id, engine.score(inputs.inputFor(facts), today));
            }
        }
        Map<Long, Current> current = lockCurrent(connection, results.keySet());
        int changed = 0;
        try (PreparedStatement update = connection.prepareStatement("UPDATE engagement_risk SET organization_id = ?, supplier_id = ?,"
                + " score = ?, tier = ?, inherent = ?, controls = ?, exposure = ?, factors = ?, model_version = ?,"
                + " claim_contradicted = ?, as_of = ?, computed_at = ? WHERE engagement_id = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO engagement_risk (organization_id, supplier_id,"
                     + " score, tier, inherent, controls, exposure, factors, model_version, claim_contradicted, as_of, computed_at,"
                     + " engagement_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement history = connection.prepareStatement("INSERT INTO risk_snapshot (engagement_id, score, tier,"
                     + " inherent, controls, exposure, factors, model_version, reason, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Long, RiskResult> entry : results.entrySet()) {
                long id = entry.getKey();
                RiskResult result = entry.getValue();
                RiskInputLoader.EngagementFacts facts = inputs.engagements.get(id);
                String factors = factorsJson(result.factors());
                Current before = current.get(id);
                PreparedStatement write = before == null ? insert : update;
                write.setLong(1, facts.organizationId());
                write.setLong(2, facts.supplierId());
                write.setInt(3, result.score());
                write.setString(4, result.tier().name());
                write.setDouble(5, result.components().inherent());
                write.setDouble(6, result.components().controls());
                write.setDouble(7, result.components().exposure());
                write.setString(8, factors);
                write.setString(9, result.modelVersion());
                write.setBoolean(10, result.claimContradicted());
                write.setDate(11, Date.valueOf(today));
                write.setTimestamp(12, Timestamp.from(now));
                write.setLong(13, id);
                write.addBatch();
                if (before == null || before.score() != result.score() || !before.tier().equals(result.tier().name())
                        || !before.factors().equals(factors) || !before.modelVersion().equals(result.modelVersion())) {
                    history.setLong(1, id);
                    history.setInt(2, result.score());
                    history.setString(3, result.tier().name());
                    history.setDouble(4, result.components().inherent());
                    history.setDouble(5, result.components().controls());
                    history.setDouble(6, result.components().exposure());
                    history.setString(7, factors);
                    history.setString(8, result.modelVersion());
                    history.setString(9, reason.length() > 300 ? reason.substring(0, 300) : reason);
                    history.setTimestamp(10, Timestamp.from(now));
                    history.addBatch();
                    changed++;
                }
                if (result.claimContradicted()) {
                    openClaimFinding(inputs.audits.get(id));
                }
            }
            update.executeBatch();
            insert.executeBatch();
            history.executeBatch();
        }
        return changed;
    }

    private record Current(int score, String tier, String factors, String modelVersion) {
    }

    private static Map<Long, Current> lockCurrent(Connection connection, Collection<Long> ids) throws SQLException {
        Map<Long, Current> current = new HashMap<>();
        if (ids.isEmpty()) {
            return current;
        }
        String placeholders = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement("SELECT engagement_id, score, tier, factors, model_version"
                + " FROM engagement_risk WHERE engagement_id IN (" + placeholders + ") FOR UPDATE")) {
            int i = 1;
            for (Long id : ids) {
                select.setLong(i++, id);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    current.put(rs.getLong(1), new Current(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return current;
    }

    private void openClaimFinding(RiskInputLoader.AuditFacts facts) {
        if (facts == null) {
            return;
        }
        Audit audit = em.find(Audit.class, facts.auditId());
        if (audit != null) {
            findings.openClaimContradiction(audit, "The approved audit claims MFA is enforced everywhere, yet stealer logs newer"
                    + " than the audit hold credentials for the supplier's hosts");
        }
    }

    private String factorsJson(List<Factor> factors) {
        try {
            return json.writeValueAsString(factors.stream().map(f -> new FactorView(f.code().name(), f.label(), f.points())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("factors cannot be written as JSON", e);
        }
    }

    // ------------------------------------------------------------------ reading

    public RiskView risk(Long engagementId) {
        Engagement engagement = scope.require(Engagement.class, engagementId, "Engagement");
        EngagementRisk risk = EngagementRisk.findById(engagement.id);
        if (risk == null) {
            recompute(List.of(engagement.id), "first score");
            risk = EngagementRisk.findById(engagement.id);
        }
        return view(risk);
    }

    public List<HistoryEntry> history(Long engagementId) {
        Engagement engagement = scope.require(Engagement.class, engagementId, "Engagement");
        return RiskSnapshot.<RiskSnapshot>list("engagementId", Sort.by("computedAt").and("id"), engagement.id).stream()
                .map(s -> new HistoryEntry(s.score, s.tier, s.computedAt, s.reason, s.modelVersion)).toList();
    }

    /** One change of an engagement's score, without its factors: what a trend over many engagements needs. */
    public record ScoreChange(long engagementId, int score, String tier, Instant computedAt) {
    }

    /**
     * The score changes of the organisation's engagements from {@code since} on, and for each engagement the last
     * change before it (the score it entered that period with); oldest first.
     */
    public List<ScoreChange> organizationHistory(Long organizationId, Instant since) {
        scope.requireOrganization(organizationId);
        return em.createQuery("select s.engagementId, s.score, s.tier, s.computedAt from RiskSnapshot s, Engagement e"
                        + " where e.id = s.engagementId and e.organization.id = :o and (s.computedAt >= :since or s.id ="
                        + " (select max(p.id) from RiskSnapshot p where p.engagementId = s.engagementId and p.computedAt < :since))"
                        + " order by s.computedAt, s.id", Object[].class)
                .setParameter("o", organizationId).setParameter("since", since).getResultList().stream()
                .map(r -> new ScoreChange((Long) r[0], (Integer) r[1], (String) r[2], (Instant) r[3])).toList();
    }

    public SupplierRisk supplierRisk(Long supplierId) {
        if (supplierId == null || Supplier.findById(supplierId) == null) {
            throw ApiException.notFound("Supplier");
        }
        List<EngagementScore> scores = visibleRisks("supplierId = ?1", supplierId).stream()
                .map(r -> new EngagementScore(r.engagementId, r.organizationId, r.score, r.tier)).toList();
        return new SupplierRisk(supplierId, scores);
    }

    public OrganizationRisk organizationRisk(Long organizationId) {
        scope.requireOrganization(organizationId);
        if (Organization.findById(organizationId) == null) {
            throw ApiException.notFound("Organization");
        }
        List<EngagementRisk> risks = EngagementRisk.list("organizationId", Sort.descending("score").and("engagementId"), organizationId);
        Map<Long, Engagement> engagements = new HashMap<>();
        Engagement.<Engagement>list("organization.id", organizationId).forEach(e -> engagements.put(e.id, e));
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (Tier tier : Tier.values()) {
            distribution.put(tier.name(), 0L);
        }
        List<SupplierScore> suppliers = new ArrayList<>();
        for (EngagementRisk r : risks) {
            Engagement e = engagements.get(r.engagementId);
            if (e == null) {
                continue;
            }
            distribution.merge(r.tier, 1L, Long::sum);
            suppliers.add(new SupplierScore(r.supplierId, e.supplier.name, r.engagementId, e.service, r.score, r.tier));
        }
        return new OrganizationRisk(organizationId, suppliers, distribution);
    }

    /** Current risks matching the query, limited to the caller's organisations. */
    List<EngagementRisk> visibleRisks(String query, Object... parameters) {
        return EngagementRisk.<EngagementRisk>list(query, Sort.descending("score").and("engagementId"), parameters).stream()
                .filter(r -> scope.canSee(r.organizationId)).toList();
    }

    public Map<Long, EngagementRisk> currentFor(Collection<Long> engagementIds) {
        Map<Long, EngagementRisk> map = new HashMap<>();
        if (!engagementIds.isEmpty()) {
            EngagementRisk.<EngagementRisk>list("engagementId in ?1", Set.copyOf(engagementIds)).forEach(r -> map.put(r.engagementId, r));
        }
        return map;
    }

    RiskView view(EngagementRisk r) {
        try {
            List<FactorView> factors = json.readValue(r.factors, FACTORS);
            return new RiskView(r.engagementId, r.organizationId, r.supplierId, r.score, r.tier,
                    new ComponentsView(round2(r.inherent), round2(r.controls), round2(r.exposure)), factors, r.modelVersion,
                    r.claimContradicted, r.asOf, r.computedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored factors are not JSON", e);
        }
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
