package eu.nis2registry.scoring;

import eu.nis2registry.security.scope.OrganizationOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** The current score of an engagement: what every list and dashboard reads. Written by the recompute (JDBC). */
@Entity
@Table(name = "engagement_risk")
public class EngagementRisk extends PanacheEntityBase implements OrganizationOwned {

    @Id
    @Column(name = "engagement_id")
    public Long engagementId;

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    @Column(name = "supplier_id", nullable = false)
    public Long supplierId;

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

    /** The factors as JSON: [{"code","label","points"}]. */
    @Column(nullable = false)
    public String factors;

    @Column(name = "model_version", nullable = false, length = 32)
    public String modelVersion;

    @Column(name = "claim_contradicted", nullable = false)
    public boolean claimContradicted;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    @Override
    public Long owningOrganizationId() {
        return organizationId;
    }
}
