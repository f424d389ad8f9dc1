package eu.nis2registry.inventory.rest;

import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.ContractClause;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.Nis2Category;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The inventory's request and response bodies: the public contract, kept apart from the entities. */
public final class InventoryDtos {

    /**
     * No control characters or lone surrogates: PostgreSQL refuses NUL in text, and a spreadsheet round trip
     * would lose them.
     */
    private static final String TEXT = "[^\\p{Cc}\\p{Cs}]*";
    private static final String TEXT_MESSAGE = "must not contain control characters";

    private InventoryDtos() {
    }

    public record OrganizationRequest(
            @NotBlank @Size(max = 200) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String name,
            @Size(max = 30) String enterpriseNumber,
            @NotBlank @Size(max = 100) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String sector,
            @NotNull Nis2Category nis2Category,
            @Size(max = 50) List<@NotBlank @Size(max = 253) String> emailDomains) {
    }

    public record OrganizationView(Long id, String name, String enterpriseNumber, String sector,
            Nis2Category nis2Category, List<String> emailDomains, Instant createdAt) {
    }

    public record SupplierRequest(
            @NotBlank @Size(max = 200) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String name,
            @Size(max = 30) String enterpriseNumber,
            String country,
            @Size(max = 100) List<@NotBlank @Size(max = 253) String> domains) {
    }

    public record SupplierView(Long id, String name, String enterpriseNumber, String country, List<String> domains,
            List<Long> subcontractorIds, Instant createdAt) {
    }

    public record SubcontractorRequest(@NotNull Long subcontractorId) {
    }

    public record EngagementRequest(
            @NotNull Long supplierId,
            @NotBlank @Size(max = 200) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String service,
            @Size(max = 50) List<@NotBlank @Size(max = 253) String> serviceHosts,
            @NotNull Set<@NotNull DataCategory> dataCategories,
            @NotNull Access access,
            @NotNull Criticality criticality,
            Set<@NotNull ContractClause> contractClauses) {
    }

    public record EngagementView(Long id, Long organizationId, Long supplierId, String supplierName, String service,
            List<String> serviceHosts, List<DataCategory> dataCategories, Access access, Criticality criticality,
            List<ContractClause> contractClauses, LocalDate nextAuditDue, Instant lastAuditApprovedAt,
            boolean reassessmentOverdue, Instant createdAt) {
    }
}
