package eu.nis2registry.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The exact bytes of a questionnaire file an audit was started from, kept by SHA-256: editing the YAML later
 * changes no existing audit, and every instance reads the same definition.
 */
@Entity
@Table(name = "questionnaire_file")
public class QuestionnaireFile extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String sha256;

    @Column(name = "file_name", nullable = false, length = 200)
    public String fileName;

    @Column(name = "questionnaire_key", nullable = false, length = 100)
    public String questionnaireKey;

    @Column(name = "questionnaire_version", nullable = false)
    public int questionnaireVersion;

    @Column(nullable = false)
    public String content;

    @Column(name = "stored_at", nullable = false)
    public Instant storedAt;
}
