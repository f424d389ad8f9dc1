package eu.nis2registry.exposure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Observations of completed imports counted per supplier, organisation (0 = not attributed), kind, month and
 * privilege; kept up to date as imports complete, so that a score never rescans observations.
 */
@Entity
@Table(name = "exposure_bucket")
@IdClass(ExposureBucket.Key.class)
public class ExposureBucket extends PanacheEntityBase {

    /** Observation kinds as the risk model weighs them: cookies make a stealer log worse. */
    public static final String STEALER_LOG_WITH_COOKIES = "STEALER_LOG_WITH_COOKIES";

    @Id
    @Column(name = "supplier_id")
    public Long supplierId;

    @Id
    @Column(name = "organization_id")
    public Long organizationId;

    @Id
    @Column(length = 24)
    public String kind;

    @Id
    @Column(name = "month_start")
    public LocalDate month;

    @Id
    @Column(name = "privileged")
    public boolean privileged;

    @Column(nullable = false)
    public long observations;

    @Column(name = "newest_on", nullable = false)
    public LocalDate newestOn;

    public static class Key implements Serializable {
        public Long supplierId;
        public Long organizationId;
        public String kind;
        public LocalDate month;
        public boolean privileged;

        public Key() {
        }

        public Key(Long supplierId, Long organizationId, String kind, LocalDate month, boolean privileged) {
            this.supplierId = supplierId;
            this.organizationId = organizationId;
            this.kind = kind;
            this.month = month;
            this.privileged = privileged;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(supplierId, k.supplierId) && Objects.equals(organizationId, k.organizationId)
                    && Objects.equals(kind, k.kind) && Objects.equals(month, k.month) && privileged == k.privileged;
        }

        @Override
        public int hashCode() {
            return Objects.hash(supplierId, organizationId, kind, month, privileged);
        }
    }
}
