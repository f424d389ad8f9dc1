package eu.nis2registry.report.service;

import eu.nis2registry.audit.finding.FindingStatus;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.Organization;
import eu.nis2registry.report.ReportMessages;
import eu.nis2registry.scoring.EngagementRisk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gathers one organisation's supplier register with a fixed number of queries, however many engagements it has
 * (a register of thousands must not load them one by one). The caller has checked the organisation's scope.
 */
@ApplicationScoped
public class OrganizationReportSource {

    private final EntityManager em;

    public OrganizationReportSource(EntityManager em) {
        this.em = em;
    }

    /** One engagement as read from the database, before it is worded. */
    record Row(long id, String supplier, String service, Set<DataCategory> data, Access access,
            Criticality criticality, String tier, Integer score, Instant lastAudit, LocalDate nextDue, long openFindings) {
    }

    public OrganizationReport load(Organization organization, ReportHeader header) {
        ReportMessages m = ReportProse.messages(header.language());
        Words w = new Words(m, header.language());
        LocalDate today = LocalDate.ofInstant(header.createdAt(), ZoneOffset.UTC);
        List<Row> rows = rows(organization.id);
        Map<Long, SupplierFacts> suppliers = suppliers(organization.id);

        List<OrganizationReport.Engagement> engagements = new ArrayList<>(rows.size());
        Map<String, Long> tiers = new LinkedHashMap<>();
        Words.TIERS.forEach(t -> tiers.put(t, 0L));
        List<List<Integer>> matrix = new ArrayList<>();
        for (int t = 0; t < Words.TIERS.size(); t++) {
            matrix.add(new ArrayList<>(List.of(0, 0, 0, 0)));
        }
        long unscored = 0;
        long high = 0;
        long overdue = 0;
        long openFindings = 0;
        for (Row r : rows) {
            boolean late = r.nextDue() != null && r.nextDue().isBefore(today);
            overdue += late ? 1 : 0;
            openFindings += r.openFindings();
            int tier = r.tier() == null ? -1 : Words.TIERS.indexOf(r.tier());
            if (tier < 0) {
                unscored++;
            } else {
                tiers.merge(r.tier(), 1L, Long::sum);
                high += tier >= 2 ? 1 : 0;
                if (r.criticality() != null) {
                    List<Integer> cells = matrix.get(tier);
                    cells.set(r.criticality().ordinal(), cells.get(r.criticality().ordinal()) + 1);
                }
            }
            engagements.add(new OrganizationReport.Engagement(r.supplier(), r.service(), w.dataCategories(r.data()),
                    w.access(r.access()), w.criticality(r.criticality()), tier < 0 ? null : r.tier(),
                    r.score() == null ? "\u2014" : Integer.toString(r.score()),
                    r.lastAudit() == null ? m.never() : w.date(r.lastAudit()), w.orNotProvided(w.date(r.nextDue())), late,
                    w.number(r.openFindings())));
        }
        if (unscored > 0) {
            tiers.put(m.notScored(), unscored);
        }

        List<OrganizationReport.SupplierRow> supplierRows = suppliers.values().stream()
                .sorted(Comparator.comparing((SupplierFacts s) -> s.name.toLowerCase(Locale.ROOT)).thenComparing(s -> s.id))
                .map(s -> new OrganizationReport.SupplierRow(s.name, w.orNotProvided(s.enterpriseNumber),
                        w.orNotProvided(s.country), w.list(s.domains), w.list(s.subcontractors), w.number(s.engagements)))
                .toList();

        List<Fact> facts = List.of(
                new Fact(m.labelEnterpriseNumber(), organization.enterpriseNumber),
                new Fact(m.labelSector(), organization.sector),
                new Fact(m.labelNis2Category(), w.nis2(organization.nis2Category)));
        List<Figure> figures = List.of(
                new Figure(m.figureEngagements(), w.number(rows.size()), null),
                new Figure(m.figureHighTier(), w.number(high), high > 0 ? "HIGH" : "LOW"),
                new Figure(m.figureOverdue(), w.number(overdue), overdue > 0 ? "MEDIUM" : "LOW"),
                new Figure(m.figureOpenFindings(), w.number(openFindings), null));
        List<String> overview = ReportProse.organizationOverview(new ReportProse.OrganizationOverview(organization.name,
                rows.size(), w.number(rows.size()), suppliers.size(), w.number(suppliers.size()), high, w.number(high),
                overdue, w.number(overdue), openFindings, w.number(openFindings), unscored, w.number(unscored)),
                header.language());
        return new OrganizationReport(header, organization.name, facts, figures, tiers, matrix, engagements,
                supplierRows, overview);
    }

    /** Every engagement with its current risk and open findings, sorted by supplier, service and id. */
    List<Row> rows(Long organizationId) {
        Map<Long, Set<DataCategory>> data = new HashMap<>();
        for (Object[] r : em.createQuery("select e.id, c from Engagement e join e.dataCategories c"
                + " where e.organization.id = :org", Object[].class).setParameter("org", organizationId).getResultList()) {
            data.computeIfAbsent((Long) r[0], k -> EnumSet.noneOf(DataCategory.class)).add((DataCategory) r[1]);
        }
        Map<Long, EngagementRisk> risks = new HashMap<>();
        for (EngagementRisk risk : em.createQuery("select r from EngagementRisk r where r.organizationId = :org",
                EngagementRisk.class).setParameter("org", organizationId).getResultList()) {
            risks.put(risk.engagementId, risk);
        }
        Map<Long, Long> findings = new HashMap<>();
        for (Object[] r : em.createQuery("select f.engagementId, count(f) from Finding f where f.organizationId = :org"
                        + " and f.status = :open group by f.engagementId", Object[].class)
                .setParameter("org", organizationId).setParameter("open", FindingStatus.OPEN).getResultList()) {
            findings.put((Long) r[0], (Long) r[1]);
        }
        List<Row> rows = new ArrayList<>();
        for (Object[] r : em.createQuery("select e.id, s.name, e.service, e.access, e.criticality,"
                        + " e.lastAuditApprovedAt, e.nextAuditDue from Engagement e join e.supplier s"
                        + " where e.organization.id = :org", Object[].class)
                .setParameter("org", organizationId).getResultList()) {
            long id = (Long) r[0];
            EngagementRisk risk = risks.get(id);
            rows.add(new Row(id, (String) r[1], (String) r[2], data.getOrDefault(id, Set.of()), (Access) r[3],
                    (Criticality) r[4], risk == null ? null : risk.tier, risk == null ? null : risk.score,
                    (Instant) r[5], (LocalDate) r[6], findings.getOrDefault(id, 0L)));
        }
        rows.sort(Comparator.comparing((Row r) -> r.supplier().toLowerCase(Locale.ROOT))
                .thenComparing(r -> r.service().toLowerCase(Locale.ROOT)).thenComparingLong(Row::id));
        return rows;
    }

    /** The organisation's direct suppliers with their identifiers, domains and subcontractors. */
    private Map<Long, SupplierFacts> suppliers(Long organizationId) {
        Map<Long, SupplierFacts> suppliers = new HashMap<>();
        for (Object[] r : em.createQuery("select s.id, s.name, s.enterpriseNumber, s.country, count(e) from Engagement e"
                        + " join e.supplier s where e.organization.id = :org group by s.id, s.name, s.enterpriseNumber,"
                        + " s.country", Object[].class)
                .setParameter("org", organizationId).getResultList()) {
            suppliers.put((Long) r[0], new SupplierFacts((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                    (Long) r[4]));
        }
        for (Object[] r : em.createQuery("select distinct s.id, d from Engagement e join e.supplier s join s.domains d"
                + " where e.organization.id = :org", Object[].class).setParameter("org", organizationId).getResultList()) {
            suppliers.get((Long) r[0]).domains.add((String) r[1]);
        }
        for (Object[] r : em.createQuery("select distinct s.id, sub.name from Engagement e join e.supplier s"
                        + " join s.subcontractors sub where e.organization.id = :org", Object[].class)
                .setParameter("org", organizationId).getResultList()) {
            suppliers.get((Long) r[0]).subcontractors.add((String) r[1]);
        }
        return suppliers;
    }

    private static final class SupplierFacts {
        final long id;
        final String name;
        final String enterpriseNumber;
        final String country;
        final long engagements;
        final Set<String> domains = new TreeSet<>();
        final Set<String> subcontractors = new TreeSet<>();

        SupplierFacts(long id, String name, String enterpriseNumber, String country, long engagements) {
            this.id = id;
            this.name = name;
            this.enterpriseNumber = enterpriseNumber;
            this.country = country;
            this.engagements = engagements;
        }
    }
}
