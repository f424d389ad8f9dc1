package eu.nis2registry.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

@Entity
@Table(name = "audit_answer")
@IdClass(AuditAnswer.Key.class)
public class AuditAnswer extends PanacheEntityBase {

    @Id
    @Column(name = "audit_id")
    public Long auditId;

    @Id
    @Column(name = "question_id", length = 100)
    public String questionId;

    /** The API form: YES/NO/PARTIAL/NOT_APPLICABLE, an option value, a number, or free text. */
    @Column(name = "answer_value", nullable = false, length = 4000)
    public String value;

    @Column(name = "answer_comment", length = 4000)
    public String comment;

    @Column(name = "answered_by", nullable = false, length = 64)
    public String answeredBy;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;

    public static class Key implements Serializable {
        public Long auditId;
        public String questionId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(auditId, k.auditId) && Objects.equals(questionId, k.questionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(auditId, questionId);
        }
    }
}
