package eu.nis2registry.inventory;

import eu.nis2registry.security.scope.OrganizationOwned;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** One organisation's use of one supplier's service: what it hands over, how far the supplier reaches in. */
@Entity
@Table(name = "engagement")
public class Engagement extends PanacheEntityBase implements OrganizationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id")
    public Supplier supplier;

    @Column(nullable = false, length = 200)
    public String service;

    /** The hosts through which the organisation uses the service (its portal, its tenant). */
    @ElementCollection
    @CollectionTable(name = "engagement_service_host", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "host", length = 253)
    public Set<String> serviceHosts = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "engagement_data_category", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "category", length = 16)
    @Enumerated(EnumType.STRING)
    public Set<DataCategory> dataCategories = EnumSet.noneOf(DataCategory.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Access access;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Criticality criticality;

    @ElementCollection
    @CollectionTable(name = "engagement_contract_clause", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "clause", length = 32)
    @Enumerated(EnumType.STRING)
    public Set<ContractClause> contractClauses = EnumSet.noneOf(ContractClause.class);

    /** When the next audit is due: set from the criticality and the last approval. */
    @Column(name = "next_audit_due", nullable = false)
    public LocalDate nextAuditDue;

    @Column(name = "last_audit_approved_at")
    public Instant lastAuditApprovedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Override
    public Long owningOrganizationId() {
        return organization.id;
    }
}
