package eu.nis2registry.report.service;

import eu.nis2registry.exposure.rest.ExposureDtos.AggregateView;
import eu.nis2registry.exposure.rest.ExposureDtos.Exposure;
import eu.nis2registry.exposure.rest.ExposureDtos.MonthCount;
import eu.nis2registry.exposure.service.ExposureService;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.Supplier;
import eu.nis2registry.report.ReportMessages;
import eu.nis2registry.scoring.rest.RiskDtos.BlastRadius;
import eu.nis2registry.scoring.rest.RiskDtos.ExposedOrganization;
import eu.nis2registry.scoring.service.BlastRadiusService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Gathers a supplier's leak exposure through the exposure and blast-radius services, so within the caller's
 * scope. Counts per kind are the supplier's totals, as the exposure API gives them to anyone; per-organisation
 * figures, samples and the blast radius are limited to the caller's organisations by those services.
 */
@ApplicationScoped
public class ExposureReportSource {

    private final ExposureService exposures;
    private final BlastRadiusService blastRadius;
    private final EntityManager em;

    public ExposureReportSource(ExposureService exposures, BlastRadiusService blastRadius, EntityManager em) {
        this.exposures = exposures;
        this.blastRadius = blastRadius;
        this.em = em;
    }

    /**
     * @param scopeOrganizations the creator's organisations, named on the cover; ignored when sector-wide
     * @return the report and the organisations whose data it names
     */
    public Loaded load(Supplier supplier, ReportHeader header, boolean sectorWide, Set<Long> scopeOrganizations) {
        ReportMessages m = ReportProse.messages(header.language());
        Words w = new Words(m, header.language());
        Exposure exposure = exposures.exposure(supplier.id);
        BlastRadius radius = blastRadius.blastRadius(supplier.id, Locale.forLanguageTag(header.language()));

        Set<Long> organizationIds = new HashSet<>();
        exposure.byOrganization().forEach(o -> organizationIds.add(o.organizationId()));
        radius.organizations().forEach(o -> organizationIds.add(o.organizationId()));
        Map<Long, String> organizationNames = organizationNames(organizationIds);

        Set<Long> pathIds = new HashSet<>();
        radius.organizations().forEach(o -> pathIds.addAll(o.path()));
        Map<Long, String> supplierNames = supplierNames(pathIds);

        String scope = sectorWide ? m.scopeSector()
                : w.list(organizationNames(scopeOrganizations).values().stream().toList());
        List<Fact> facts = List.of(
                new Fact(m.labelSupplier(), supplier.name),
                new Fact(m.labelEnterpriseNumber(), supplier.enterpriseNumber),
                new Fact(m.labelCountry(), supplier.country),
                new Fact(m.labelDomains(), supplier.domains.isEmpty() ? null : w.list(supplier.domains)),
                new Fact(m.labelSubcontractors(), w.list(supplier.subcontractors.stream().map(s -> s.name).toList())));
        List<Figure> figures = List.of(
                new Figure(m.labelObservations(), w.number(exposure.observations()), null),
                new Figure(m.labelLast90Days(), w.number(exposure.last90Days()), exposure.last90Days() > 0 ? "HIGH" : null),
                new Figure(m.labelStealerLogs(), w.number(exposure.stealerLogs()), exposure.stealerLogs() > 0 ? "HIGH" : null),
                new Figure(m.labelPrivileged(), w.number(exposure.privileged()),
                        exposure.privileged() > 0 ? "CRITICAL" : null));

        List<String> months = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        monthSeries(exposure.byMonth(), YearMonth.from(LocalDate.ofInstant(header.createdAt(), ZoneOffset.UTC)))
                .forEach((month, count) -> {
                    months.add(month.toString());
                    counts.add(count);
                });

        List<ExposureReport.KindRow> byKind = byKind(supplier.id).entrySet().stream()
                .map(e -> new ExposureReport.KindRow(w.leakKind(e.getKey()), w.number(e.getValue()[0]),
                        w.number(e.getValue()[1]))).toList();
        List<ExposureReport.AggregateRow> aggregates = exposure.aggregates().stream()
                .map(a -> aggregate(a, w)).toList();
        List<ExposureReport.OrganizationRow> organizations = exposure.byOrganization().stream()
                .map(o -> new ExposureReport.OrganizationRow(organizationNames.getOrDefault(o.organizationId(),
                        "#" + o.organizationId()), w.number(o.observations()))).toList();
        List<ExposureReport.SampleRow> samples = exposure.samples().stream()
                .map(s -> new ExposureReport.SampleRow(s.maskedLogin(), s.host(), w.leakKind(s.kind()), w.date(s.compromisedAt())))
                .toList();
        List<ExposureReport.Exposed> exposed = radius.organizations().stream()
                .map(o -> exposed(o, supplierNames, w)).toList();

        ReportProse.ExposureSummary summary = new ReportProse.ExposureSummary(supplier.name, null,
                exposure.observations(), w.number(exposure.observations()), w.number(exposure.last90Days()),
                exposure.stealerLogs(), w.number(exposure.stealerLogs()), exposure.privileged(), w.number(exposure.privileged()),
                exposure.aggregateRecords(), w.number(exposure.aggregateRecords()), 0, "0", false);
        long exposedOrganizations = radius.organizations().stream().map(ExposedOrganization::organizationId).distinct().count();
        List<String> overview = ReportProse.supplierOverview(new ReportProse.SupplierOverview(summary,
                exposedOrganizations, w.number(exposedOrganizations)), header.language());

        ExposureReport report = new ExposureReport(header, supplier.name, facts, scope, figures, months, counts, byKind,
                aggregates, organizations, samples, exposed, overview);
        return new Loaded(report, organizationIds);
    }

    public record Loaded(ExposureReport report, Set<Long> organizationIds) {
    }

    /** Every month from the first observed one to the report's month, empty months as 0. */
    static Map<YearMonth, Long> monthSeries(List<MonthCount> byMonth, YearMonth reportMonth) {
        TreeMap<YearMonth, Long> series = new TreeMap<>();
        for (MonthCount c : byMonth) {
            series.merge(YearMonth.parse(c.month().length() > 7 ? c.month().substring(0, 7) : c.month()), c.count(),
                    Long::sum);
        }
        if (series.isEmpty()) {
            return series;
        }
        YearMonth last = series.lastKey().isAfter(reportMonth) ? series.lastKey() : reportMonth;
        for (YearMonth month = series.firstKey(); !month.isAfter(last); month = month.plusMonths(1)) {
            series.putIfAbsent(month, 0L);
        }
        return series;
    }

    /** Observations and privileged observations per kind, kinds in a fixed order. */
    private Map<String, long[]> byKind(Long supplierId) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Object[] r : em.createQuery("select b.kind, b.privileged, sum(b.observations) from ExposureBucket b"
                + " where b.supplierId = :s group by b.kind, b.privileged", Object[].class)
                .setParameter("s", supplierId).getResultList()) {
            long[] c = counts.computeIfAbsent((String) r[0], k -> new long[2]);
            long n = ((Number) r[2]).longValue();
            c[0] += n;
            if (Boolean.TRUE.equals(r[1])) {
                c[1] += n;
            }
        }
        return counts;
    }

    private static ExposureReport.AggregateRow aggregate(AggregateView a, Words w) {
        String period = a.compromisedFrom() == null && a.compromisedTo() == null ? w.date(a.reportedOn())
                : w.orNotProvided(w.date(a.compromisedFrom())) + " \u2013 " + w.orNotProvided(w.date(a.compromisedTo()));
        return new ExposureReport.AggregateRow(a.source(), w.leakKind(a.kind() == null ? null : a.kind().name()),
                w.number(a.records()), a.stealerShare() == null ? w.messages().notProvided()
                : w.messages().percent(w.decimal(a.stealerShare() * 100)),
                a.privileged() == null ? w.messages().notProvided() : w.number(a.privileged()), period);
    }

    private static ExposureReport.Exposed exposed(ExposedOrganization o, Map<Long, String> supplierNames, Words w) {
        String via = o.path() == null || o.path().isEmpty() ? o.supplierName()
                : o.path().stream().map(id -> supplierNames.getOrDefault(id, "#" + id)).collect(Collectors.joining(" \u2192 "));
        String data = o.dataCategories() == null || o.dataCategories().isEmpty() ? w.messages().none()
                : w.dataCategories(o.dataCategories().stream()
                        .map(DataCategory::valueOf).toList());
        String access = o.access() == null ? null : w.access(Access.valueOf(o.access()));
        return new ExposureReport.Exposed(o.name(), via, data, w.orNotProvided(access), w.number(o.exposedCredentials()),
                o.tier(), o.actions().stream().map(a -> a.text()).toList());
    }

    private Map<Long, String> organizationNames(Collection<Long> ids) {
        Map<Long, String> names = new TreeMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select o.id, o.name from Organization o where o.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    private Map<Long, String> supplierNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select s.id, s.name from Supplier s where s.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }
}
