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

/**
 * One leaked credential as the registry keeps it: masked login, keyed hashes, never the secret. Written in
 * batches by the import job (JDBC); read through this entity.
 */
@Entity
@Table(name = "leak_observation")
public class LeakObservation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "supplier_id", nullable = false)
    public Long supplierId;

    @Column(name = "organization_id")
    public Long organizationId;

    @Column(name = "import_id", nullable = false)
    public Long importId;

    @Column(nullable = false, length = 253)
    public String host;

    @Column(length = 2000)
    public String path;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public LeakKind kind;

    @Column(nullable = false)
    public boolean cookies;

    @Column(name = "malware_family", length = 100)
    public String malwareFamily;

    @Column(name = "compromised_on", nullable = false)
    public LocalDate compromisedOn;

    @Column(nullable = false, length = 200)
    public String source;

    @Column(nullable = false)
    public boolean privileged;

    @Column(name = "login_domain", length = 253)
    public String loginDomain;

    @Column(name = "masked_login", nullable = false, length = 300)
    public String maskedLogin;

    @Column(name = "login_hash", nullable = false, length = 64)
    public String loginHash;

    @Column(name = "password_fingerprint", nullable = false, length = 64)
    public String passwordFingerprint;

    @Column(name = "dedupe_key", nullable = false, length = 64, unique = true)
    public String dedupeKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
