package eu.nis2registry.web.page;

import eu.nis2registry.audit.AuditStatus;
import eu.nis2registry.audit.finding.FindingStatus;
import eu.nis2registry.audit.rest.AuditDtos.AuditSummary;
import eu.nis2registry.audit.rest.AuditDtos.FindingView;
import eu.nis2registry.audit.scoring.Severity;
import eu.nis2registry.audit.service.AuditService;
import eu.nis2registry.audit.service.FindingService;
import eu.nis2registry.exposure.rest.ExposureDtos.ImportView;
import eu.nis2registry.exposure.service.LeakImportService;
import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationView;
import eu.nis2registry.inventory.service.EngagementService;
import eu.nis2registry.inventory.service.OrganizationService;
import eu.nis2registry.scoring.rest.RiskDtos.OrganizationRisk;
import eu.nis2registry.security.Role;
import eu.nis2registry.web.ErrorPages;
import eu.nis2registry.web.WebContext;
import eu.nis2registry.web.view.BarChart;
import eu.nis2registry.web.view.DashboardView;
import eu.nis2registry.web.view.DashboardView.EngagementRow;
import eu.nis2registry.web.view.DashboardView.RiskCell;
import eu.nis2registry.web.view.Views;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One organisation at a glance: its engagements ranked by risk score, the tier distribution and 90-day trend, what
 * is overdue, open findings, recent leak imports.
 */
@Path("/ui/dashboard")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    private final OrganizationService organizations;
    private final EngagementService engagements;
    private final AuditService audits;
    private final FindingService findings;
    private final LeakImportService imports;
    private final RiskPanels risk;
    private final WebContext web;
    private final ErrorPages errors;

    public DashboardPage(OrganizationService organizations, EngagementService engagements, AuditService audits,
            FindingService findings, LeakImportService imports, RiskPanels risk, WebContext web, ErrorPages errors) {
        this.organizations = organizations;
        this.engagements = engagements;
        this.audits = audits;
        this.findings = findings;
        this.imports = imports;
        this.risk = risk;
        this.web = web;
        this.errors = errors;
    }

    @GET
    public TemplateInstance dashboard(@QueryParam("org") Long organizationId) {
        web.require(Role.ADMIN, Role.CISO, Role.COMPLIANCE_OFFICER, Role.AUDITOR);
        List<OrganizationView> visible = organizations.list();
        List<ImportView> recent = imports.list().stream().limit(5).toList();
        OrganizationView organization = visible.stream().filter(o -> o.id().equals(organizationId)).findFirst()
                .orElse(visible.isEmpty() ? null : visible.get(0));
        if (organization == null) {
            return render(new DashboardView(visible, null, List.of(), List.of(), List.of(), 0, 0, recent,
                    BarChart.of(List.of()), BarChart.of(List.of()), null));
        }
        Long org = organization.id();
        List<AuditSummary> orgAudits = audits.listForOrganization(org, null);
        Map<Long, AuditSummary> lastAudit = new HashMap<>();
        orgAudits.forEach(a -> lastAudit.putIfAbsent(a.engagementId(), a));
        OrganizationRisk scores = risk.organization(org);
        Map<Long, RiskCell> cells = new HashMap<>();
        scores.suppliers().forEach(s -> cells.put(s.engagementId(), new RiskCell(s.score(), s.tier())));
        // Highest score first; on a tie (or before a first score) the more critical, then the sooner due.
        List<EngagementRow> rows = engagements.list(org).stream()
                .map(e -> new EngagementRow(e, lastAudit.get(e.id()), cells.get(e.id())))
                .sorted(Comparator.comparingInt((EngagementRow r) -> r.risk() == null ? -1 : r.risk().score()).reversed()
                        .thenComparing(r -> r.engagement().criticality().ordinal(), Comparator.reverseOrder())
                        .thenComparing(r -> r.engagement().nextAuditDue()))
                .toList();
        List<FindingView> open = findings.forOrganization(org, FindingStatus.OPEN, false);
        long overdueFindings = open.stream().filter(FindingView::overdue).count();
        BarChart auditStatus = BarChart.of(Arrays.stream(AuditStatus.values())
                .map(s -> new BarChart.Input(s.name(), orgAudits.stream().filter(a -> a.status() == s).count(), tone(s)))
                .toList());
        BarChart severity = BarChart.of(Arrays.stream(Severity.values())
                .sorted(Comparator.reverseOrder())
                .map(s -> new BarChart.Input(s.name(), open.stream().filter(f -> f.severity() == s).count(),
                        s.name().toLowerCase(java.util.Locale.ROOT)))
                .toList());
        return render(new DashboardView(visible, organization, rows, engagements.overdue(org),
                open.stream().limit(8).toList(), open.size(), overdueFindings, recent, auditStatus, severity,
                risk.dashboard(org, scores)));
    }

    private static String tone(AuditStatus status) {
        return switch (status) {
            case DRAFT -> "neutral";
            case SUBMITTED -> "info";
            case APPROVED -> "ok";
            case REJECTED -> "danger";
        };
    }

    private TemplateInstance render(DashboardView view) {
        return Views.dashboard(web.page("dashboard"), view).setLocale(web.locale());
    }

    @ServerExceptionMapper
    public Response failure(Throwable e) {
        return errors.of(e);
    }
}
