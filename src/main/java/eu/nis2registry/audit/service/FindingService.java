package eu.nis2registry.audit.service;

import eu.nis2registry.audit.Audit;
import eu.nis2registry.audit.AuditConfig;
import eu.nis2registry.audit.finding.Finding;
import eu.nis2registry.audit.finding.FindingStatus;
import eu.nis2registry.audit.rest.AuditDtos.FindingView;
import eu.nis2registry.audit.rest.AuditDtos.UpdateFinding;
import eu.nis2registry.audit.scoring.AuditScore;
import eu.nis2registry.audit.scoring.NonCompliantItem;
import eu.nis2registry.audit.scoring.Severity;
import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.security.CurrentUser;
import eu.nis2registry.security.Role;
import eu.nis2registry.security.scope.Scope;
import eu.nis2registry.security.trail.AuditTrail;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Findings: what an approved audit (or the risk model) says must be fixed, by whom, by when. */
@ApplicationScoped
public class FindingService {

    private final Scope scope;
    private final CurrentUser user;
    private final AuditConfig config;
    private final AuditTrail trail;
    private final Clock clock;

    public FindingService(Scope scope, CurrentUser user, AuditConfig config, AuditTrail trail, Clock clock) {
        this.scope = scope;
        this.user = user;
        this.config = config;
        this.trail = trail;
        this.clock = clock;
    }

    /** Every NO, PARTIAL or failed knock-out of an approved audit becomes an open finding. */
    void openFor(Audit audit, AuditScore score, Instant now) {
        String owner = audit.submittedBy != null ? audit.submittedBy : audit.createdBy;
        for (NonCompliantItem item : score.nonCompliant()) {
            Finding finding = newFinding(audit, Finding.Source.AUDIT_ANSWER, item.questionId(),
                    (item.failedKnockOut() ? "Knock-out failed: " : "Not compliant: ") + item.text(),
                    item.severity(), owner, now);
            finding.persist();
        }
    }

    /**
     * The audit claims MFA everywhere, yet stealer logs newer than it hold the supplier's credentials: opened once
     * per audit by the risk model. Once, whatever became of it: every recompute (the daily one too) sees the same
     * contradiction, and a finding a CISO accepted or an officer resolved must not come back as a new one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean openClaimContradiction(Audit audit, String title) {
        if (Finding.count("auditId = ?1 and source = ?2", audit.id, Finding.Source.CLAIM_CONTRADICTED) > 0) {
            return false;
        }
        Finding finding = newFinding(audit, Finding.Source.CLAIM_CONTRADICTED, null, title, Severity.CRITICAL,
                audit.reviewedBy != null ? audit.reviewedBy : audit.createdBy, clock.instant());
        finding.persist();
        trail.recordAs("system", "FINDING_OPENED", "Finding", finding.id, finding.organizationId, null,
                Map.of("source", finding.source, "auditId", audit.id, "title", title));
        return true;
    }

    private Finding newFinding(Audit audit, Finding.Source source, String questionId, String title, Severity severity,
            String owner, Instant now) {
        Finding finding = new Finding();
        finding.auditId = audit.id;
        finding.engagementId = audit.engagement.id;
        finding.organizationId = audit.organizationId;
        finding.questionId = questionId;
        finding.source = source;
        finding.title = title.length() > 1000 ? title.substring(0, 997) + "..." : title;
        finding.severity = severity;
        finding.status = FindingStatus.OPEN;
        finding.owner = owner;
        finding.dueDate = LocalDate.ofInstant(now, clock.getZone()).plus(config.findingDue().of(severity));
        finding.createdAt = now;
        return finding;
    }

    public List<FindingView> forAudit(Long auditId) {
        return Finding.<Finding>list("auditId", Sort.by("id"), auditId).stream().map(this::view).toList();
    }

    public List<FindingView> forOrganization(Long organizationId, FindingStatus status, boolean overdueOnly) {
        scope.requireOrganization(organizationId);
        StringBuilder query = new StringBuilder("organizationId = :org");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("org", organizationId));
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        if (overdueOnly) {
            query.append(" and status = :open and dueDate < :today");
            params.put("open", FindingStatus.OPEN);
            params.put("today", today());
        }
        return Finding.<Finding>list(query.toString(), Sort.by("dueDate").and("id"), params).stream().map(this::view).toList();
    }

    public FindingView get(Long id) {
        return view(scope.require(Finding.class, id, "Finding"));
    }

    @Transactional
    public FindingView update(Long id, UpdateFinding request) {
        Finding finding = scope.require(Finding.class, id, "Finding");
        FindingView before = view(finding);
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (request.status() == FindingStatus.ACCEPTED) {
            if (!user.hasRole(Role.CISO)) {
                throw new ApiException(403, "ciso_required", "Only a CISO can accept a risk");
            }
            if (note == null) {
                throw ApiException.invalid(List.of(ErrorDetail.field("note", "say why the risk is accepted")));
            }
        }
        if (request.owner() != null && !request.owner().isBlank()) {
            finding.owner = request.owner().strip();
        }
        if (request.dueDate() != null) {
            finding.dueDate = request.dueDate();
        }
        if (request.status() != finding.status) {
            finding.status = request.status();
            boolean closed = request.status() != FindingStatus.OPEN;
            finding.closedAt = closed ? clock.instant() : null;
            finding.closedBy = closed ? user.username() : null;
        }
        if (note != null) {
            finding.closingNote = note;
        }
        FindingView after = view(finding);
        trail.record("FINDING_UPDATED", "Finding", finding.id, finding.organizationId, before, after);
        return after;
    }

    FindingView view(Finding f) {
        return new FindingView(f.id, f.auditId, f.engagementId, f.organizationId, f.questionId, f.source.name(), f.title,
                f.severity, f.status, f.owner, f.dueDate, f.status == FindingStatus.OPEN && f.dueDate.isBefore(today()),
                f.createdAt, f.closedAt, f.closedBy, f.closingNote);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
