package eu.nis2registry.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A file attached to an answer; the bytes live in the data folder under their SHA-256. */
@Entity
@Table(name = "audit_evidence")
public class Evidence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "audit_id", nullable = false)
    public Long auditId;

    @Column(name = "question_id", nullable = false, length = 100)
    public String questionId;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(nullable = false, length = 255)
    public String filename;

    @Column(nullable = false)
    public long size;

    @Column(name = "content_type", nullable = false, length = 100)
    public String contentType;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;
}
