package eu.nis2registry.scoring.service;

import eu.nis2registry.exposure.ExposureBucket;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.Nis2Category;
import eu.nis2registry.inventory.ReassessmentConfig;
import eu.nis2registry.scoring.engine.ApprovedAudit;
import eu.nis2registry.scoring.engine.EngagementProfile;
import eu.nis2registry.scoring.engine.Exposure;
import eu.nis2registry.scoring.engine.ObservationKind;
import eu.nis2registry.scoring.engine.RiskInput;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads, in a few set-wise queries, everything the risk engine needs for a set of engagements: the
 * engagements, their newest approved audits, the subcontractor chains below their suppliers and the exposure
 * buckets and aggregate leaks of every supplier in those chains. Never reads individual observations.
 */
@ApplicationScoped
public class RiskInputLoader {

    private static final int CHUNK = 1000;

    private final ReassessmentConfig reassessment;

    public RiskInputLoader(ReassessmentConfig reassessment) {
        this.reassessment = reassessment;
    }

    record EngagementFacts(long id, long organizationId, long supplierId, Set<DataCategory> data, Access access,
            Criticality criticality, Nis2Category nis2) {
    }

    record AuditFacts(long auditId, double score, List<String> failedKnockOuts, LocalDate approvedOn, boolean claimsMfa) {
    }

    record BucketRow(long organizationId, String kind, LocalDate newestOn, boolean privileged, long observations) {
    }

    record AggregateRow(Long organizationId, long records, Double stealerShare, Long privileged, LocalDate reportedOn) {
    }

    /** Everything loaded for one recompute. */
    final class Inputs {
        final Map<Long, EngagementFacts> engagements = new LinkedHashMap<>();
        final Map<Long, AuditFacts> audits = new HashMap<>();
        final Map<Long, List<BucketRow>> buckets = new HashMap<>();
        final Map<Long, List<AggregateRow>> aggregates = new HashMap<>();
        final Map<Long, String> supplierNames = new HashMap<>();
        final Map<Long, LocalDate> newestStealerLogOnHost = new HashMap<>();
        SupplyChain chain;

        RiskInput inputFor(EngagementFacts e) {
            AuditFacts audit = audits.get(e.id());
            Optional<ApprovedAudit> approved = audit == null ? Optional.empty() : Optional.of(new ApprovedAudit(audit.score(),
                    audit.failedKnockOuts(), audit.approvedOn(),
                    (int) Math.max(1, reassessment.interval(e.criticality()).toTotalMonths()), audit.claimsMfa()));
            List<eu.nis2registry.scoring.engine.ExposureBucket> exposure = new ArrayList<>();
            for (Map.Entry<Long, Integer> link : chain.below(e.supplierId()).entrySet()) {
                long supplier = link.getKey();
                int depth = link.getValue();
                String name = supplierNames.getOrDefault(supplier, "supplier " + supplier);
                for (BucketRow b : buckets.getOrDefault(supplier, List.of())) {
                    ObservationKind kind = ObservationKind.valueOf(b.kind());
                    exposure.add(eu.nis2registry.scoring.engine.ExposureBucket.observations(name, depth, kind, b.newestOn(),
                            b.privileged(), b.organizationId() == e.organizationId(), b.observations()));
                }
                for (AggregateRow a : aggregates.getOrDefault(supplier, List.of())) {
                    boolean attributed = a.organizationId() != null && a.organizationId() == e.organizationId();
                    double share = a.stealerShare() == null ? 0 : a.stealerShare();
                    long privileged = a.privileged() == null ? 0 : Math.min(a.privileged(), a.records());
                    if (privileged > 0) {
                        exposure.add(eu.nis2registry.scoring.engine.ExposureBucket.aggregate(name, depth, a.reportedOn(),
                                true, attributed, privileged, share));
                    }
                    if (a.records() - privileged > 0) {
                        exposure.add(eu.nis2registry.scoring.engine.ExposureBucket.aggregate(name, depth, a.reportedOn(),
                                false, attributed, a.records() - privileged, share));
                    }
                }
            }
            return new RiskInput(new EngagementProfile(e.data(), e.access(), e.criticality(), e.nis2()), approved,
                    new Exposure(exposure, Optional.ofNullable(newestStealerLogOnHost.get(e.supplierId()))));
        }
    }

    /** @param engagementIds the engagements to load, or null for all of them */
    Inputs load(Connection connection, Collection<Long> engagementIds) throws SQLException {
        Inputs inputs = new Inputs();
        String engagementSql = "SELECT e.id, e.organization_id, e.supplier_id, e.access, e.criticality, o.nis2_category"
                + " FROM engagement e JOIN organization o ON o.id = e.organization_id";
        query(connection, engagementSql, "e.id", engagementIds, rs -> inputs.engagements.put(rs.getLong(1),
                new EngagementFacts(rs.getLong(1), rs.getLong(2), rs.getLong(3), EnumSet.noneOf(DataCategory.class),
                        Access.valueOf(rs.getString(4)), Criticality.valueOf(rs.getString(5)), Nis2Category.valueOf(rs.getString(6)))));
        Set<Long> ids = inputs.engagements.keySet();
        query(connection, "SELECT engagement_id, category FROM engagement_data_category", "engagement_id",
                engagementIds == null ? null : ids,
                rs -> inputs.engagements.get(rs.getLong(1)).data().add(DataCategory.valueOf(rs.getString(2))));
        query(connection, "SELECT engagement_id, id, score_percent, failed_knock_out_ids, reviewed_at, claims_mfa FROM audit"
                + " WHERE status = 'APPROVED'", "engagement_id", engagementIds == null ? null : ids, rs -> {
                    long engagement = rs.getLong(1);
                    LocalDate approvedOn = rs.getTimestamp(5).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
                    AuditFacts current = inputs.audits.get(engagement);
                    if (current == null || approvedOn.isAfter(current.approvedOn())
                            || approvedOn.equals(current.approvedOn()) && rs.getLong(2) > current.auditId()) {
                        double percent = rs.getObject(3) == null ? 0 : rs.getDouble(3);
                        String failed = rs.getString(4);
                        inputs.audits.put(engagement, new AuditFacts(rs.getLong(2), Math.max(0, Math.min(1, percent / 100)),
                                failed == null || failed.isBlank() ? List.of() : Arrays.asList(failed.split(",")),
                                approvedOn, rs.getBoolean(6)));
                    }
                });
        List<long[]> links = new ArrayList<>();
        query(connection, "SELECT supplier_id, subcontractor_id FROM supplier_subcontractor", null, null,
                rs -> links.add(new long[] {rs.getLong(1), rs.getLong(2)}));
        inputs.chain = new SupplyChain(links);
        Set<Long> suppliers = new HashSet<>();
        inputs.engagements.values().forEach(e -> suppliers.addAll(inputs.chain.below(e.supplierId()).keySet()));
        Collection<Long> supplierFilter = engagementIds == null ? null : suppliers;
        query(connection, "SELECT supplier_id, organization_id, kind, newest_on, privileged, observations FROM exposure_bucket",
                "supplier_id", supplierFilter, rs -> addBucket(inputs, rs));
        query(connection, "SELECT supplier_id, organization_id, records, stealer_share, privileged, reported_on FROM leak_aggregate",
                "supplier_id", supplierFilter, rs -> inputs.aggregates.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new AggregateRow((Long) rs.getObject(2, Long.class), rs.getLong(3), (Double) rs.getObject(4, Double.class),
                                (Long) rs.getObject(5, Long.class), rs.getDate(6).toLocalDate())));
        query(connection, "SELECT supplier_id, newest_stealer_log_on_host FROM supplier_exposure", "supplier_id", supplierFilter,
                rs -> inputs.newestStealerLogOnHost.put(rs.getLong(1), rs.getDate(2).toLocalDate()));
        query(connection, "SELECT id, name FROM supplier", "id", supplierFilter,
                rs -> inputs.supplierNames.put(rs.getLong(1), rs.getString(2)));
        return inputs;
    }

    /** Buckets of one month add up; the model needs one row per (organisation, kind, privilege) and month. */
    private static void addBucket(Inputs inputs, ResultSet rs) throws SQLException {
        String kind = rs.getString(3);
        String engineKind = kind.equals(ExposureBucket.STEALER_LOG_WITH_COOKIES) ? ObservationKind.STEALER_LOG_WITH_COOKIES.name() : kind;
        inputs.buckets.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new BucketRow(rs.getLong(2), engineKind,
                rs.getDate(4).toLocalDate(), rs.getBoolean(5), rs.getLong(6)));
    }

    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs the query for all rows, or for the given ids in chunks (as {@code column IN (...)}). */
    private static void query(Connection connection, String sql, String column, Collection<Long> ids, RowHandler handler)
            throws SQLException {
        if (ids == null) {
            try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.accept(rs);
                }
            }
            return;
        }
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String where = (sql.contains(" WHERE ") ? " AND " : " WHERE ") + column + " IN ("
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql + where)) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        handler.accept(rs);
                    }
                }
            }
        }
    }
}
