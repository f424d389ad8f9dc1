package eu.nis2registry.audit.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.nis2registry.audit.AuditReview;
import eu.nis2registry.audit.AuditStatus;
import eu.nis2registry.audit.finding.FindingStatus;
import eu.nis2registry.audit.scoring.Severity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

public final class AuditDtos {

    private AuditDtos() {
    }

    public record QuestionnaireSummary(String key, int version, String title, String language, String translationOf,
            int questionCount) {
    }

    public record StartAudit(@NotBlank @Size(max = 100) String questionnaireKey) {
    }

    /** One answer as sent: {@code value} is a string for YES_NO, CHOICE and TEXT, a number for SCALE. */
    public record AnswerInput(Object value, @Size(max = 4000) String comment) {
    }

    public record SaveAnswers(@NotNull @Size(max = 1000) Map<@NotBlank @Size(max = 100) String, @NotNull @Valid AnswerInput> answers) {
    }

    public record Review(@NotNull AuditReview.Decision decision, @Size(max = 4000) String comment) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnswerView(Object value, String comment, String answeredBy, Instant answeredAt) {
    }

    public record Progress(int answered, int applicable, int requiredUnanswered) {
    }

    public record FailedKnockOutView(String questionId, String text) {
    }

    public record EvidenceView(Long id, String questionId, String sha256, String filename, long size, String contentType,
            String uploadedBy, Instant uploadedAt) {
    }

    public record ReviewView(AuditReview.Decision decision, String comment, String reviewer, Instant reviewedAt) {
    }

    public record FindingView(Long id, Long auditId, Long engagementId, Long organizationId, String questionId,
            String source, String title, Severity severity, FindingStatus status, String owner, LocalDate dueDate,
            boolean overdue, Instant createdAt, Instant closedAt, String closedBy, String closingNote) {
    }

    public record UpdateFinding(@NotNull FindingStatus status, @Size(max = 200) String owner, LocalDate dueDate,
            @Size(max = 4000) String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AuditView(Long id, Long engagementId, Long organizationId, AuditStatus status, String questionnaireKey,
            int questionnaireVersion, String questionnaireSha256, String questionnaireTitle, String language,
            Map<String, AnswerView> answers, Progress progress, Double score, List<FailedKnockOutView> failedKnockOuts,
            List<FindingView> findings, List<EvidenceView> evidence, List<ReviewView> reviews, String createdBy,
            Instant createdAt, String submittedBy, Instant submittedAt, String reviewedBy, Instant reviewedAt,
            String reviewComment) {
    }

    public record AuditSummary(Long id, Long engagementId, Long organizationId, AuditStatus status, String questionnaireKey,
            int questionnaireVersion, Double score, String submittedBy, Instant submittedAt, String reviewedBy,
            Instant reviewedAt, Instant createdAt) {
    }
}
