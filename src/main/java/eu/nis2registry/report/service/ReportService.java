package eu.nis2registry.report.service;

import eu.nis2registry.audit.Audit;
import eu.nis2registry.common.crypto.Hashes;
import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.inventory.Organization;
import eu.nis2registry.inventory.Supplier;
import eu.nis2registry.report.Report;
import eu.nis2registry.report.ReportKind;
import eu.nis2registry.report.ReportMessages;
import eu.nis2registry.report.pdf.PdfDocumentBuilder;
import eu.nis2registry.report.rest.ReportDtos.CreateReport;
import eu.nis2registry.report.rest.ReportDtos.ReportView;
import eu.nis2registry.report.rest.ReportDtos.VerifyResult;
import eu.nis2registry.security.CurrentUser;
import eu.nis2registry.security.scope.Scope;
import eu.nis2registry.security.trail.AuditTrail;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Makes, archives, lists, serves and verifies PDF reports. A report is made from its creator's view of the
 * registry, records whose data it holds, and is shown only to users who may see all of that data; to anyone
 * else it does not exist (404).
 *
 * <p>Making one is all or nothing in one transaction: the row is inserted (its id is printed in the PDF), the
 * PDF rendered and hashed, written once to the archive folder, and the row completed. A rollback removes the
 * file again.
 */
@ApplicationScoped
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class);
    private static final List<String> LANGUAGES = List.of("en", "nl", "fr");

    private final Scope scope;
    private final CurrentUser user;
    private final AuditReportSource auditSource;
    private final OrganizationReportSource organizationSource;
    private final ExposureReportSource exposureSource;
    private final ReportArchive archive;
    private final AuditTrail trail;
    private final EntityManager em;
    private final Clock clock;

    public ReportService(Scope scope, CurrentUser user, AuditReportSource auditSource,
            OrganizationReportSource organizationSource, ExposureReportSource exposureSource, ReportArchive archive,
            AuditTrail trail, EntityManager em, Clock clock) {
        this.scope = scope;
        this.user = user;
        this.auditSource = auditSource;
        this.organizationSource = organizationSource;
        this.exposureSource = exposureSource;
        this.archive = archive;
        this.trail = trail;
        this.em = em;
        this.clock = clock;
    }

    /** Fonts and layout classes loaded before the first report is asked for, without delaying start-up. */
    void onStart(@Observes StartupEvent event) {
        Thread warmUp = new Thread(PdfDocumentBuilder::warmUp, "report-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @Transactional
    public ReportView create(CreateReport request) {
        requireReachable(request);
        ReportKind kind = validate(request);
        Report report = new Report();
        report.kind = kind;
        report.createdBy = user.username();
        report.createdAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ReportLayout.Rendered rendered = switch (kind) {
            case AUDIT -> audit(report, request.auditId());
            case ORGANIZATION -> organization(report, request.organizationId(), language(request));
            case SUPPLIER_EXPOSURE -> exposure(report, request.supplierId(), language(request));
        };
        byte[] pdf = rendered.pdf();
        String sha256 = Hashes.sha256Hex(pdf);
        report.fileName = archive.write(report.id, sha256, pdf);
        report.sha256 = sha256;
        report.size = (long) pdf.length;
        report.pages = rendered.pages();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind);
        details.put("sha256", sha256);
        details.put("size", pdf.length);
        details.put("organizationIds", new TreeSet<>(report.organizationIds));
        details.put("sectorWide", report.sectorWide);
        trail.record("REPORT_GENERATED", "Report", report.id, report.organizationId, null, details);
        LOG.infof("Report %d (%s) archived: %d pages, %d bytes", report.id, kind, rendered.pages(), pdf.length);
        return view(report);
    }

    private ReportLayout.Rendered audit(Report report, Long auditId) {
        Audit audit = auditSource.require(auditId);
        String language = auditSource.language(audit);
        ReportMessages m = ReportProse.messages(language);
        report.auditId = audit.id;
        report.organizationId = audit.organizationId;
        report.supplierId = audit.engagement.supplier.id;
        report.organizationIds.add(audit.organizationId);
        report.sectorWide = false;
        insert(report, language, m.auditTitle(), m.auditSubject(audit.engagement.supplier.name,
                audit.engagement.organization.name));
        AuditReport data = auditSource.load(audit, header(report));
        return AuditReportLayout.render(data, m);
    }

    private ReportLayout.Rendered organization(Report report, Long organizationId, String language) {
        Organization organization = scope.require(Organization.class, organizationId, "Organization");
        ReportMessages m = ReportProse.messages(language);
        report.organizationId = organization.id;
        report.organizationIds.add(organization.id);
        report.sectorWide = false;
        insert(report, language, m.organizationTitle(), m.organizationSubject(organization.name));
        OrganizationReport data = organizationSource.load(organization, header(report));
        return OrganizationReportLayout.render(data, m);
    }

    /**
     * The report speaks of the creator's organisations even where it names none of them ("no organisation in
     * scope is exposed"), so it holds all of them; from a view of every organisation it is sector-wide.
     */
    private ReportLayout.Rendered exposure(Report report, Long supplierId, String language) {
        Supplier supplier = supplierId == null ? null : Supplier.findById(supplierId);
        if (supplier == null) {
            throw ApiException.notFound("Supplier");
        }
        ReportMessages m = ReportProse.messages(language);
        boolean sectorWide = user.seesAllOrganizations();
        report.supplierId = supplier.id;
        report.sectorWide = sectorWide;
        if (!sectorWide) {
            report.organizationIds.addAll(user.organizationIds());
        }
        insert(report, language, m.exposureTitle(), m.exposureSubject(supplier.name));
        ExposureReportSource.Loaded loaded = exposureSource.load(supplier, header(report), sectorWide,
                user.organizationIds());
        if (sectorWide) {
            report.organizationIds.addAll(loaded.organizationIds());
        }
        return ExposureReportLayout.render(loaded.report(), m);
    }

    /** The row first: the PDF prints its id. */
    private void insert(Report report, String language, String title, String subject) {
        report.language = language;
        report.title = clip(title, 300);
        report.subject = clip(subject, 1000);
        report.persist();
        em.flush();
    }

    private static ReportHeader header(Report report) {
        return new ReportHeader(report.id, report.createdAt, report.createdBy, report.language);
    }

    /**
     * Every record the request names must be in reach before anything else is said about it: a 422 about another
     * organisation's audit would tell the caller it exists.
     */
    private void requireReachable(CreateReport request) {
        if (request == null) {
            return;
        }
        if (request.auditId() != null) {
            scope.require(Audit.class, request.auditId(), "Audit");
        }
        if (request.organizationId() != null) {
            scope.requireOrganization(request.organizationId());
        }
        if (request.supplierId() != null && Supplier.findById(request.supplierId()) == null) {
            throw ApiException.notFound("Supplier");
        }
    }

    /** Every problem of the request at once (422); scope and state are checked afterwards (404, 409). */
    static ReportKind validate(CreateReport request) {
        if (request == null) {
            throw ApiException.invalid(List.of(ErrorDetail.field("kind", "send a JSON object with kind and the id of"
                    + " what the report is about")));
        }
        List<ErrorDetail> problems = new ArrayList<>();
        ReportKind kind = null;
        String allowed = String.join(", ", Arrays.stream(ReportKind.values()).map(Enum::name).toList());
        if (request.kind() == null || request.kind().isBlank()) {
            problems.add(ErrorDetail.field("kind", "required: one of " + allowed));
        } else {
            kind = Arrays.stream(ReportKind.values()).filter(k -> k.name().equals(request.kind().strip()))
                    .findFirst().orElse(null);
            if (kind == null) {
                problems.add(ErrorDetail.field("kind", "must be one of " + allowed));
            }
        }
        if (kind != null) {
            Map<String, Long> ids = new LinkedHashMap<>();
            ids.put("auditId", request.auditId());
            ids.put("organizationId", request.organizationId());
            ids.put("supplierId", request.supplierId());
            String needed = switch (kind) {
                case AUDIT -> "auditId";
                case ORGANIZATION -> "organizationId";
                case SUPPLIER_EXPOSURE -> "supplierId";
            };
            ids.forEach((field, value) -> {
                if (field.equals(needed) && value == null) {
                    problems.add(ErrorDetail.field(field, "required for a " + request.kind().strip() + " report"));
                } else if (!field.equals(needed) && value != null) {
                    problems.add(ErrorDetail.field(field, "not used by a " + request.kind().strip() + " report, which"
                            + " takes " + needed));
                }
            });
        }
        if (request.language() != null && !LANGUAGES.contains(request.language().strip())) {
            problems.add(ErrorDetail.field("language", "must be en, nl or fr"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return kind;
    }

    private static String language(CreateReport request) {
        return request.language() == null ? "en" : request.language().strip();
    }

    // ------------------------------------------------------------------ reading

    public ReportView get(Long id) {
        return view(require(id));
    }

    /** Reports the caller may see, newest first; with an organisation, those holding its data. */
    public List<ReportView> list(Long organizationId) {
        if (organizationId != null) {
            scope.requireOrganization(organizationId);
        }
        String where = organizationId == null ? "" : " and :org member of r.organizationIds";
        var query = em.createQuery("select distinct r from Report r left join fetch r.organizationIds"
                + " where r.sha256 is not null" + where + " order by r.createdAt desc, r.id desc", Report.class);
        if (organizationId != null) {
            query.setParameter("org", organizationId);
        }
        return query.getResultList().stream().filter(this::visible).map(ReportService::view).toList();
    }

    /** The archived bytes, checked against the recorded SHA-256 before they leave. */
    public Archived pdf(Long id) {
        Report report = require(id);
        return new Archived(report.id, archive.read(report));
    }

    public record Archived(long id, byte[] pdf) {
    }

    /** Whether these bytes are an archived report; which one only if the caller may see it. */
    public VerifyResult verify(String sha256) {
        List<Report> matches = em.createQuery("select r from Report r where r.sha256 = :sha order by r.id", Report.class)
                .setParameter("sha", sha256).getResultList();
        Long visibleId = matches.stream().filter(this::visible).map(r -> r.id).findFirst().orElse(null);
        return new VerifyResult(!matches.isEmpty(), visibleId);
    }

    private Report require(Long id) {
        Report report = id == null ? null : Report.findById(id);
        if (report == null || report.sha256 == null || !visible(report)) {
            throw ApiException.notFound("Report");
        }
        return report;
    }

    private boolean visible(Report report) {
        return ReportVisibility.visible(report.sectorWide, report.organizationIds, user.seesAllOrganizations(),
                user.organizationIds());
    }

    static ReportView view(Report r) {
        return new ReportView(r.id, r.kind.name(), r.sha256, r.size == null ? 0 : r.size, r.createdAt,
                "/api/reports/" + r.id + "/pdf", r.title, r.subject, r.language, r.pages == null ? 0 : r.pages,
                r.createdBy, r.auditId, r.organizationId, r.supplierId, List.copyOf(new TreeSet<>(r.organizationIds)),
                r.sectorWide);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
