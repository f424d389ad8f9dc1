package eu.nis2registry.scoring.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

public final class RiskDtos {

    private RiskDtos() {
    }

    public record FactorView(String code, String label, int points) {
    }

    public record ComponentsView(double inherent, double controls, double exposure) {
    }

    public record RiskView(Long engagementId, Long organizationId, Long supplierId, int score, String tier,
            ComponentsView components, List<FactorView> factors, String modelVersion, boolean claimContradicted,
            LocalDate asOf, Instant computedAt) {
    }

    public record HistoryEntry(int score, String tier, Instant computedAt, String reason, String modelVersion) {
    }

    public record EngagementScore(Long engagementId, Long organizationId, int score, String tier) {
    }

    public record SupplierRisk(Long supplierId, List<EngagementScore> engagements) {
    }

    public record SupplierScore(Long supplierId, String supplierName, Long engagementId, String service, int score, String tier) {
    }

    public record OrganizationRisk(Long organizationId, List<SupplierScore> suppliers, Map<String, Long> distribution) {
    }

    public record Action(String code, String text) {
    }

    public record ExposedOrganization(Long organizationId, String name, Long engagementId, String supplierName,
            List<Long> path, List<String> dataCategories, String access, long exposedCredentials, String tier,
            Integer score, List<Action> actions) {
    }

    public record BlastRadius(Long supplierId, String supplierName, long observations, long aggregateRecords,
            List<ExposedOrganization> organizations) {
    }

    public record ConcentrationEntry(Long supplierId, String name, long organizations, long engagements,
            long directEngagements, double healthShare, double privilegedShare) {
    }
}
