package eu.nis2registry.security.recovery;

import eu.nis2registry.security.user.AppUser;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A single-use code that stands in for a TOTP code when the authenticator is lost; only its hash is kept. */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public AppUser user;

    @Column(name = "code_hash", nullable = false, unique = true, length = 64)
    public String codeHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "used_at")
    public Instant usedAt;
}
