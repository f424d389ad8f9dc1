package eu.nis2registry.audit;

import eu.nis2registry.inventory.Engagement;
import eu.nis2registry.security.scope.OrganizationOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One assessment of one engagement against one pinned questionnaire version. */
@Entity
@Table(name = "audit")
public class Audit extends PanacheEntityBase implements OrganizationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "engagement_id")
    public Engagement engagement;

    /** Kept beside the engagement so that scope checks and lists need no join. */
    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    @Column(name = "questionnaire_key", nullable = false, length = 100)
    public String questionnaireKey;

    @Column(name = "questionnaire_version", nullable = false)
    public int questionnaireVersion;

    @Column(name = "questionnaire_sha256", nullable = false, length = 64)
    public String questionnaireSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AuditStatus status;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "submitted_by", length = 64)
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "reviewed_by", length = 64)
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "review_comment", length = 4000)
    public String reviewComment;

    /** Weighted share of compliant answers in percent, frozen at approval. */
    @Column(name = "score_percent")
    public Double scorePercent;

    @Column(name = "failed_knock_outs", nullable = false)
    public int failedKnockOuts;

    /** Comma-separated ids of the failed knock-out questions, frozen at approval. */
    @Column(name = "failed_knock_out_ids", length = 4000)
    public String failedKnockOutIds;

    /** The approved answers claim MFA everywhere: checked against stealer logs by the risk model. */
    @Column(name = "claims_mfa", nullable = false)
    public boolean claimsMfa;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Two reviewers pressing the button at once: one wins, the other gets a conflict. */
    @Version
    @Column(nullable = false)
    public long version;

    @Override
    public Long owningOrganizationId() {
        return organizationId;
    }
}
