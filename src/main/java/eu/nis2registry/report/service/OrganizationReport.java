package eu.nis2registry.report.service;

import java.util.List;
import java.util.Map;

/**
 * An organisation's supplier register (IR 2024/2690 Annex 5.2) as shown: one row per engagement, the direct
 * suppliers, the tier distribution and the criticality x tier matrix, in display form.
 */
public record OrganizationReport(
        ReportHeader header,
        String organization,
        List<Fact> organizationFacts,
        List<Figure> figures,
        Map<String, Long> tierCounts,
        List<List<Integer>> matrix,
        List<Engagement> engagements,
        List<SupplierRow> suppliers,
        List<String> overview) {

    public OrganizationReport {
        organizationFacts = List.copyOf(organizationFacts);
        figures = List.copyOf(figures);
        tierCounts = Map.copyOf(tierCounts);
        matrix = matrix.stream().map(List::copyOf).toList();
        engagements = List.copyOf(engagements);
        suppliers = List.copyOf(suppliers);
        overview = List.copyOf(overview);
    }

    /** One engagement of the register; {@code tier} is LOW..CRITICAL or null when not scored. */
    public record Engagement(String supplier, String service, String dataCategories, String access,
            String criticality, String tier, String score, String lastAudit, String nextDue, boolean overdue,
            String openFindings) {
    }

    public record SupplierRow(String name, String identifier, String country, String domains, String subcontractors,
            String engagements) {
    }
}
