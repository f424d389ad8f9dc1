package eu.nis2registry.audit.finding;

import eu.nis2registry.audit.scoring.Severity;
import eu.nis2registry.security.scope.OrganizationOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** Something to fix at a supplier: a non-compliant answer, a failed knock-out, or a claim contradicted by leaks. */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase implements OrganizationOwned {

    public enum Source { AUDIT_ANSWER, CLAIM_CONTRADICTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "audit_id", nullable = false)
    public Long auditId;

    @Column(name = "engagement_id", nullable = false)
    public Long engagementId;

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    @Column(name = "question_id", length = 100)
    public String questionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public Source source;

    @Column(nullable = false, length = 1000)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public FindingStatus status;

    /** Who must act: a name or role at the organisation or the supplier. */
    @Column(nullable = false, length = 200)
    public String owner;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by", length = 64)
    public String closedBy;

    /** Why it was resolved, or why the risk was accepted. */
    @Column(name = "closing_note", length = 4000)
    public String closingNote;

    @Override
    public Long owningOrganizationId() {
        return organizationId;
    }
}
