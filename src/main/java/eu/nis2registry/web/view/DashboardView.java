package eu.nis2registry.web.view;

import eu.nis2registry.audit.rest.AuditDtos.AuditSummary;
import eu.nis2registry.audit.rest.AuditDtos.FindingView;
import eu.nis2registry.exposure.rest.ExposureDtos.ImportView;
import eu.nis2registry.inventory.rest.InventoryDtos.EngagementView;
import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationView;
import io.quarkus.qute.TemplateData;

import java.util.List;

/**
 * The CISO's dashboard of one organisation. {@link #risk} and each row's {@link EngagementRow#risk} stay null until
 * the risk API exists; the template then shows a marked slot instead. Filling them in is all that is needed.
 */
@TemplateData
public record DashboardView(List<OrganizationView> organizations, OrganizationView organization,
        List<EngagementRow> engagements, List<EngagementView> overdue, List<FindingView> openFindings, long openCount,
        long overdueFindingCount, List<ImportView> imports, BarChart auditStatus, BarChart findingSeverity,
        RiskPanel risk) {

    public boolean hasOrganization() {
        return organization != null;
    }

    public boolean choosesOrganization() {
        return organizations.size() > 1;
    }

    @TemplateData
    public record EngagementRow(EngagementView engagement, AuditSummary lastAudit, RiskCell risk) {
    }

    /** An engagement's score and tier, from GET /api/engagements/{id}/risk once it exists. */
    @TemplateData
    public record RiskCell(int score, String tier) {
    }

    /** The organisation's tier distribution and trend, from GET /api/organizations/{id}/risk once it exists. */
    @TemplateData
    public record RiskPanel(BarChart tiers) {
    }
}
