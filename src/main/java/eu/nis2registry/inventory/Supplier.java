package eu.nis2registry.inventory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A software or IT supplier. Suppliers are shared records: every organisation engaging the same company
 * points at the same supplier, which is what lets one leak show all the organisations it exposes.
 */
@Entity
@Table(name = "supplier")
public class Supplier extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "enterprise_number", unique = true, length = 20)
    public String enterpriseNumber;

    /** ISO 3166-1 alpha-2. */
    @Column(length = 2)
    public String country;

    @ElementCollection
    @CollectionTable(name = "supplier_domain", joinColumns = @JoinColumn(name = "supplier_id"))
    @Column(name = "domain", length = 253, unique = true)
    public Set<String> domains = new HashSet<>();

    /** Fourth parties: the suppliers this supplier itself depends on for the service. */
    @ManyToMany
    @JoinTable(name = "supplier_subcontractor",
            joinColumns = @JoinColumn(name = "supplier_id"),
            inverseJoinColumns = @JoinColumn(name = "subcontractor_id"))
    public Set<Supplier> subcontractors = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
