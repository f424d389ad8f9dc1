package eu.nis2registry.web.view;

import eu.nis2registry.audit.rest.AuditDtos.AuditSummary;
import eu.nis2registry.audit.rest.AuditDtos.AuditView;
import eu.nis2registry.audit.rest.AuditDtos.EvidenceView;
import eu.nis2registry.audit.rest.AuditDtos.FindingView;
import eu.nis2registry.inventory.rest.InventoryDtos.EngagementView;
import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationView;
import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.Map;

/** View models of the audit form, the findings list and the review queue. */
public final class AuditViews {

    private AuditViews() {
    }

    @TemplateData
    public record SectionNav(String id, String title, int answered, int applicable, boolean current) {
    }

    /** One choice of a question: its stored value and what the person reads. */
    @TemplateData
    public record Choice(String value, String label, String kind) {

        /** YES, NO, PARTIAL and NOT_APPLICABLE are worded by the page; options and scale points by the questionnaire. */
        public boolean worded() {
            return !"option".equals(kind);
        }
    }

    @TemplateData
    public record QuestionItem(String id, String text, String guidance, String type, boolean required,
            boolean evidenceRequired, boolean knockOut, List<String> references, List<Choice> choices, String value,
            String comment, List<EvidenceView> evidence) {

        public boolean isText() {
            return "TEXT".equals(type);
        }

        public boolean isChecked(Choice choice) {
            return choice.value().equals(value);
        }

        public boolean answered() {
            return value != null && !value.isBlank();
        }

        /** The stored answer among the choices, for read-only display; null for text or no answer. */
        public Choice checkedChoice() {
            return choices.stream().filter(this::isChecked).findFirst().orElse(null);
        }
    }

    @TemplateData
    public record AuditPage(AuditView audit, EngagementView engagement, OrganizationView organization,
            List<SectionNav> sections, SectionNav current, String nextSection, List<QuestionItem> questions,
            int notApplicableHere, Progress progress, boolean editable, boolean canReview, FormErrors errors,
            String notice) {

        public boolean hasNext() {
            return nextSection != null;
        }

        /** A draft has nothing to report yet (POST /api/reports answers 409). */
        public boolean reportable() {
            return audit.status() != eu.nis2registry.audit.AuditStatus.DRAFT;
        }
    }

    @TemplateData
    public record FindingsPage(List<OrganizationView> organizations, OrganizationView organization, String status,
            List<FindingView> findings, Map<Long, String> errors, boolean canEdit, boolean isCiso, String saved) {

        public boolean choosesOrganization() {
            return organizations.size() > 1;
        }

        public String errorOf(Long id) {
            return errors.get(id);
        }

        public boolean hasError(Long id) {
            return errors.containsKey(id);
        }

        public boolean is(FindingView finding, String status) {
            return finding.status().name().equals(status);
        }

        public boolean isSaved(Long id) {
            return id.toString().equals(saved);
        }
    }

    @TemplateData
    public record ReviewRow(AuditSummary audit, OrganizationView organization, EngagementView engagement) {
    }
}
