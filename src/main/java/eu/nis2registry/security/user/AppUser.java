package eu.nis2registry.security.user;

import eu.nis2registry.security.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A person who logs in; the password is a bcrypt hash, the TOTP secret is encrypted. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 64)
    public String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 32)
    @Enumerated(EnumType.STRING)
    public Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_organization", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "organization_id")
    public Set<Long> organizationIds = new HashSet<>();

    @Column(name = "all_organizations", nullable = false)
    public boolean allOrganizations;

    /** Sealed with the TOTP key; pending until {@link #totpEnabled}. */
    @Column(name = "totp_secret", length = 200)
    public String totpSecret;

    @Column(name = "totp_enabled", nullable = false)
    public boolean totpEnabled;

    /** The newest TOTP step accepted, so that a code works once. */
    @Column(name = "totp_last_step", nullable = false)
    public long totpLastStep;

    @Column(nullable = false)
    public boolean disabled;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
