package eu.nis2registry.inventory;

import eu.nis2registry.security.scope.OrganizationOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A hospital or other NIS2 entity that depends on suppliers. */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase implements OrganizationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "enterprise_number", unique = true, length = 20)
    public String enterpriseNumber;

    @Column(nullable = false, length = 100)
    public String sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "nis2_category", nullable = false, length = 16)
    public Nis2Category nis2Category;

    /** The organisation's own mail domains: a leaked login there is one of its people. */
    @ElementCollection
    @CollectionTable(name = "organization_email_domain", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "domain", length = 253)
    public Set<String> emailDomains = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Override
    public Long owningOrganizationId() {
        return id;
    }
}
