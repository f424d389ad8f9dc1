package eu.nis2registry.exposure;

import eu.nis2registry.exposure.parse.LeakKind;
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

/** A leak known only by its size, as in a press report: no credential, only counts. */
@Entity
@Table(name = "leak_aggregate")
public class LeakAggregate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "supplier_id", nullable = false)
    public Long supplierId;

    @Column(name = "organization_id")
    public Long organizationId;

    @Column(nullable = false, length = 200)
    public String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public LeakKind kind;

    @Column(nullable = false)
    public long records;

    /** Share of the records that came from password-stealing malware, 0..1. */
    @Column(name = "stealer_share")
    public Double stealerShare;

    /** How many of the records belong to administrative accounts, when the report says. */
    @Column
    public Long privileged;

    @Column(name = "compromised_from")
    public LocalDate compromisedFrom;

    @Column(name = "compromised_to")
    public LocalDate compromisedTo;

    /** The date the leak stands for in decay: its end, else its start, else when it was recorded. */
    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
