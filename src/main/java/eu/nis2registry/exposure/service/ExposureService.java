package eu.nis2registry.exposure.service;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.exposure.AggregateRecorded;
import eu.nis2registry.exposure.ExposureBucket;
import eu.nis2registry.exposure.LeakAggregate;
import eu.nis2registry.exposure.LeakConfig;
import eu.nis2registry.exposure.LeakObservation;
import eu.nis2registry.exposure.parse.LeakKind;
import eu.nis2registry.exposure.rest.ExposureDtos.AggregateRequest;
import eu.nis2registry.exposure.rest.ExposureDtos.AggregateView;
import eu.nis2registry.exposure.rest.ExposureDtos.Exposure;
import eu.nis2registry.exposure.rest.ExposureDtos.MonthCount;
import eu.nis2registry.exposure.rest.ExposureDtos.OrganizationCount;
import eu.nis2registry.exposure.rest.ExposureDtos.Sample;
import eu.nis2registry.inventory.Organization;
import eu.nis2registry.inventory.Supplier;
import eu.nis2registry.security.CurrentUser;
import eu.nis2registry.security.scope.Scope;
import eu.nis2registry.security.trail.AuditTrail;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** What is known of a supplier's leaks, scope-filtered; aggregate-only leaks; the retention purge. */
@ApplicationScoped
public class ExposureService {

    private static final Logger LOG = Logger.getLogger(ExposureService.class);
    private static final int SAMPLES = 10;

    private final EntityManager em;
    private final Scope scope;
    private final CurrentUser user;
    private final AuditTrail trail;
    private final LeakConfig config;
    private final Event<AggregateRecorded> recorded;
    private final Clock clock;

    public ExposureService(EntityManager em, Scope scope, CurrentUser user, AuditTrail trail, LeakConfig config,
            Event<AggregateRecorded> recorded, Clock clock) {
        this.em = em;
        this.scope = scope;
        this.user = user;
        this.trail = trail;
        this.config = config;
        this.recorded = recorded;
        this.clock = clock;
    }

    @Transactional
    public AggregateView recordAggregate(AggregateRequest request) {
        // As for any id outside the caller's scope: 404, the same answer whether it exists or not.
        if (request.organizationId() != null
                && (!scope.canSee(request.organizationId()) || Organization.findById(request.organizationId()) == null)) {
            throw ApiException.notFound("Organization");
        }
        List<ErrorDetail> problems = new ArrayList<>();
        if (Supplier.findById(request.supplierId()) == null) {
            problems.add(ErrorDetail.field("supplierId", "no supplier with id " + request.supplierId()));
        }
        if (request.compromisedFrom() != null && request.compromisedTo() != null
                && request.compromisedFrom().isAfter(request.compromisedTo())) {
            problems.add(ErrorDetail.field("compromisedTo", "must not be before compromisedFrom"));
        }
        LocalDate today = LocalDate.now(clock);
        if (request.compromisedTo() != null && request.compromisedTo().isAfter(today)) {
            problems.add(ErrorDetail.field("compromisedTo", "must not be in the future"));
        }
        if (request.compromisedFrom() != null && request.compromisedFrom().isAfter(today)) {
            problems.add(ErrorDetail.field("compromisedFrom", "must not be in the future"));
        }
        if (request.privileged() != null && request.privileged() > request.records()) {
            problems.add(ErrorDetail.field("privileged", "cannot exceed records"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        LeakAggregate aggregate = new LeakAggregate();
        aggregate.supplierId = request.supplierId();
        aggregate.organizationId = request.organizationId();
        aggregate.source = request.source().strip();
        aggregate.kind = request.kind();
        aggregate.records = request.records();
        aggregate.stealerShare = request.stealerShare();
        aggregate.privileged = request.privileged();
        aggregate.compromisedFrom = request.compromisedFrom();
        aggregate.compromisedTo = request.compromisedTo();
        aggregate.reportedOn = request.compromisedTo() != null ? request.compromisedTo()
                : request.compromisedFrom() != null ? request.compromisedFrom() : today;
        aggregate.createdBy = user.username();
        aggregate.createdAt = clock.instant();
        aggregate.persist();
        AggregateView view = view(aggregate);
        trail.record("LEAK_AGGREGATE_RECORDED", "LeakAggregate", aggregate.id, aggregate.organizationId, null, view);
        recorded.fire(new AggregateRecorded(aggregate.id, aggregate.supplierId));
        return view;
    }

    public Exposure exposure(Long supplierId) {
        if (supplierId == null || Supplier.findById(supplierId) == null) {
            throw ApiException.notFound("Supplier");
        }
        List<ExposureBucket> buckets = ExposureBucket.list("supplierId", supplierId);
        long observations = 0;
        long stealerLogs = 0;
        long privileged = 0;
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        Map<Long, Long> byOrganization = new TreeMap<>();
        for (ExposureBucket b : buckets) {
            observations += b.observations;
            if (b.kind.startsWith(LeakKind.STEALER_LOG.name())) {
                stealerLogs += b.observations;
            }
            if (b.privileged) {
                privileged += b.observations;
            }
            byMonth.merge(YearMonth.from(b.month), b.observations, Long::sum);
            if (b.organizationId != 0 && scope.canSee(b.organizationId)) {
                byOrganization.merge(b.organizationId, b.observations, Long::sum);
            }
        }
        LocalDate since = LocalDate.now(clock).minusDays(90);
        long last90 = em.createQuery("select count(o) from LeakObservation o, LeakImport i where o.importId = i.id"
                        + " and i.status = eu.nis2registry.exposure.LeakImportStatus.COMPLETED and o.supplierId = :s"
                        + " and o.compromisedOn >= :since", Long.class)
                .setParameter("s", supplierId).setParameter("since", since).getSingleResult();
        List<Sample> samples = samples(supplierId);
        List<AggregateView> aggregates = LeakAggregate.<LeakAggregate>list("supplierId = ?1 order by reportedOn desc, id desc", supplierId)
                .stream().filter(a -> a.organizationId == null || scope.canSee(a.organizationId)).map(ExposureService::view).toList();
        long aggregateRecords = aggregates.stream().mapToLong(AggregateView::records).sum();
        return new Exposure(supplierId, observations, last90, stealerLogs, privileged,
                byMonth.entrySet().stream().map(e -> new MonthCount(e.getKey().toString(), e.getValue())).toList(),
                byOrganization.entrySet().stream().map(e -> new OrganizationCount(e.getKey(), e.getValue())).toList(),
                samples, aggregateRecords, aggregates);
    }

    /** The newest observations that are not another organisation's: masked logins only. */
    private List<Sample> samples(Long supplierId) {
        Optional<Set<Long>> visible = scope.visibleOrganizations();
        String scopeClause = visible.isEmpty() ? "" : " and (o.organizationId is null or o.organizationId in :orgs)";
        var query = em.createQuery("select o from LeakObservation o, LeakImport i where o.importId = i.id"
                        + " and i.status = eu.nis2registry.exposure.LeakImportStatus.COMPLETED and o.supplierId = :s"
                        + scopeClause + " order by o.compromisedOn desc, o.id desc", LeakObservation.class)
                .setParameter("s", supplierId).setMaxResults(SAMPLES);
        if (visible.isPresent()) {
            query.setParameter("orgs", visible.get().isEmpty() ? Set.of(-1L) : visible.get());
        }
        return query.getResultList().stream().map(o -> new Sample(o.maskedLogin, o.host,
                o.cookies && o.kind == LeakKind.STEALER_LOG ? ExposureBucket.STEALER_LOG_WITH_COOKIES : o.kind.name(),
                o.compromisedOn)).toList();
    }

    /**
     * Daily: observations compromised before the first day of the month that lies the retention period back
     * are deleted with their buckets (whole months, so counts stay exact), and aggregate leaks as old.
     */
    @Scheduled(cron = "{registry.leaks.purge-cron:0 30 3 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void purgeExpired() {
        LocalDate cutoff = LocalDate.now(clock).minus(config.retention()).withDayOfMonth(1);
        int observations = em.createQuery("delete from LeakObservation o where o.compromisedOn < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
        int buckets = em.createQuery("delete from ExposureBucket b where b.month < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
        int aggregates = em.createQuery("delete from LeakAggregate a where a.reportedOn < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
        em.createNativeQuery("DELETE FROM supplier_exposure WHERE newest_stealer_log_on_host < ?1")
                .setParameter(1, cutoff).executeUpdate();
        LOG.infof("Leak retention (%s, before %s): purged %d observation(s), %d bucket(s), %d aggregate leak(s)",
                config.retention(), cutoff, observations, buckets, aggregates);
    }

    static AggregateView view(LeakAggregate a) {
        return new AggregateView(a.id, a.supplierId, a.organizationId, a.source, a.kind, a.records, a.stealerShare,
                a.privileged, a.compromisedFrom, a.compromisedTo, a.reportedOn, a.createdAt);
    }
}
