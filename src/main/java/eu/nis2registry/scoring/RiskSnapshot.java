package eu.nis2registry.scoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change of an engagement's score, with what caused it. Written by the recompute (JDBC), read here. */
@Entity
@Table(name = "risk_snapshot")
public class RiskSnapshot extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "engagement_id", nullable = false)
    public Long engagementId;

    @Column(nullable = false)
    public int score;

    @Column(nullable = false, length = 16)
    public String tier;

    @Column(nullable = false)
    public double inherent;

    @Column(nullable = false)
    public double controls;

    @Column(nullable = false)
    public double exposure;

    @Column(nullable = false)
    public String factors;

    @Column(name = "model_version", nullable = false, length = 32)
    public String modelVersion;

    @Column(nullable = false, length = 300)
    public String reason;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;
}
