package eu.nis2registry.web.view;

import eu.nis2registry.audit.rest.AuditDtos.AuditSummary;
import eu.nis2registry.audit.rest.AuditDtos.QuestionnaireSummary;
import eu.nis2registry.exposure.rest.ExposureDtos.Exposure;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.ContractClause;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.rest.InventoryDtos.EngagementView;
import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationView;
import eu.nis2registry.inventory.rest.InventoryDtos.SupplierView;
import io.quarkus.qute.TemplateData;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** View models of the inventory pages; forms keep what the user typed, as typed. */
public final class InventoryViews {

    private InventoryViews() {
    }

    @TemplateData
    public record OrganizationRow(OrganizationView organization, int engagements, int overdue) {
    }

    @TemplateData
    public record OrganizationForm(Long id, String name, String enterpriseNumber, String sector, String nis2Category,
            String emailDomains) {

        public static OrganizationForm of(OrganizationView o) {
            return new OrganizationForm(o.id(), o.name(), o.enterpriseNumber(), o.sector(), o.nis2Category().name(),
                    String.join("\n", o.emailDomains()));
        }

        public boolean isNew() {
            return id == null;
        }

        public boolean isCategory(eu.nis2registry.inventory.Nis2Category category) {
            return category.name().equals(nis2Category);
        }
    }

    @TemplateData
    public record OrganizationFormPage(OrganizationForm form, FormErrors errors) {

        public List<eu.nis2registry.inventory.Nis2Category> categories() {
            return Arrays.asList(eu.nis2registry.inventory.Nis2Category.values());
        }
    }

    @TemplateData
    public record OrganizationPage(OrganizationView organization, List<EngagementView> engagements, boolean canEdit,
            boolean canEditOrganization) {
    }

    @TemplateData
    public record SupplierList(String q, List<SupplierView> suppliers, long total, boolean canEdit) {
    }

    @TemplateData
    public record SupplierForm(Long id, String name, String enterpriseNumber, String country, String domains) {

        public static SupplierForm of(SupplierView s) {
            return new SupplierForm(s.id(), s.name(), s.enterpriseNumber(), s.country(), String.join("\n", s.domains()));
        }

        public boolean isNew() {
            return id == null;
        }
    }

    @TemplateData
    public record SupplierPage(SupplierForm form, FormErrors errors, SupplierView supplier, List<SupplierView> subcontractors,
            boolean canEdit, boolean saved, RiskViews.SupplierRisk risk) {
    }

    @TemplateData
    public record EngagementForm(Long id, Long organizationId, String supplierId, String service, String serviceHosts,
            Set<String> dataCategories, String access, String criticality, Set<String> contractClauses) {

        public boolean isNew() {
            return id == null;
        }

        public boolean hasCategory(DataCategory category) {
            return dataCategories.contains(category.name());
        }

        public boolean hasClause(ContractClause clause) {
            return contractClauses.contains(clause.name());
        }

        public boolean isAccess(Access value) {
            return value.name().equals(access);
        }

        public boolean isCriticality(Criticality value) {
            return value.name().equals(criticality);
        }

        public boolean isSupplier(Long supplier) {
            return supplier != null && supplier.toString().equals(supplierId);
        }
    }

    @TemplateData
    public record EngagementFormPage(OrganizationView organization, EngagementForm form, FormErrors errors,
            List<SupplierView> suppliers) {

        public List<DataCategory> categories() {
            return Arrays.asList(DataCategory.values());
        }

        public List<Access> accessLevels() {
            return Arrays.asList(Access.values());
        }

        public List<Criticality> criticalities() {
            return Arrays.asList(Criticality.values());
        }

        public List<ContractClause> clauses() {
            return Arrays.asList(ContractClause.values());
        }
    }

    @TemplateData
    public record EngagementPage(EngagementView engagement, OrganizationView organization, SupplierView supplier,
            List<AuditSummary> audits, List<QuestionnaireSummary> questionnaires, Exposure exposure, boolean canEdit,
            FormErrors errors, RiskViews.EngagementRisk risk, RiskViews.Blast blast) {
    }
}
