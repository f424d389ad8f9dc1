package eu.nis2registry.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Every review decision with its comment, so that a rejection's reasons stay after the rework. */
@Entity
@Table(name = "audit_review")
public class AuditReview extends PanacheEntityBase {

    public enum Decision { APPROVE, REJECT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "audit_id", nullable = false)
    public Long auditId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Decision decision;

    @Column(name = "review_comment", length = 4000)
    public String comment;

    @Column(nullable = false, length = 64)
    public String reviewer;

    @Column(name = "reviewed_at", nullable = false)
    public Instant reviewedAt;
}
