package eu.nis2registry.security.token;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A failed login, kept in the database so that every instance counts the same failures. */
@Entity
@Table(name = "login_failure")
public class LoginFailure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /**
     * SHA-256 of the username as typed, lower-cased: failures of unknown names count too (or an attacker could
     * tell them apart), and what was typed (sometimes a password) is not kept.
     */
    @Column(name = "account_key", nullable = false, length = 64)
    public String accountKey;

    @Column(name = "client_address", nullable = false, length = 64)
    public String clientAddress;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
