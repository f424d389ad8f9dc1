package eu.nis2registry.web.view;

import eu.nis2registry.audit.rest.AuditDtos.AuditSummary;
import eu.nis2registry.audit.rest.AuditDtos.FindingView;
import eu.nis2registry.exposure.rest.ExposureDtos.ImportView;
import eu.nis2registry.inventory.rest.InventoryDtos.EngagementView;
import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationView;
import io.quarkus.qute.TemplateData;

import java.util.List;

/** The CISO's dashboard of one organisation: engagements ranked by risk, tiers, trend, what is overdue or open. */
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

    /** An engagement with its last audit and current score; {@code risk} is null only before its first scoring. */
    @TemplateData
    public record EngagementRow(EngagementView engagement, AuditSummary lastAudit, RiskCell risk) {
    }

    /** An engagement's score and tier, as GET /api/organizations/{id}/risk lists them. */
    @TemplateData
    public record RiskCell(int score, String tier) {

        public String tone() {
            return RiskViews.tone(tier);
        }
    }

    /** The organisation's tier distribution, how many engagements are HIGH or CRITICAL, and its trend. */
    @TemplateData
    public record RiskPanel(BarChart tiers, LineChart.Tiers scale, long highOrCritical, RiskTrend trend) {
    }
}
