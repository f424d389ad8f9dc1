package eu.nis2registry.scoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A model version seen by this registry and the fingerprint of its weights. */
@Entity
@Table(name = "scoring_model")
public class ScoringModelVersion extends PanacheEntityBase {

    @Id
    @Column(length = 32)
    public String version;

    @Column(nullable = false, length = 64)
    public String fingerprint;

    @Column(name = "first_used_at", nullable = false)
    public Instant firstUsedAt;
}
