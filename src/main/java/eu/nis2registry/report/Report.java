package eu.nis2registry.report;

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

/**
 * One archived PDF report. The file's SHA-256, size and page count are filled in the transaction that inserts
 * the row, once the PDF (which prints this row's id) is written; a committed row always has them.
 */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public ReportKind kind;

    @Column(name = "audit_id")
    public Long auditId;

    /** The organisation an AUDIT or ORGANIZATION report is about. */
    @Column(name = "organization_id")
    public Long organizationId;

    /** The supplier a SUPPLIER_EXPOSURE or AUDIT report is about. */
    @Column(name = "supplier_id")
    public Long supplierId;

    @Column(nullable = false, length = 8)
    public String language;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(nullable = false, length = 1000)
    public String subject;

    /** Made by a user who sees every organisation, from that view: only such users may see it. */
    @Column(name = "sector_wide", nullable = false)
    public boolean sectorWide;

    /** The organisations whose data the report holds. */
    @ElementCollection
    @CollectionTable(name = "report_organization", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "organization_id")
    public Set<Long> organizationIds = new HashSet<>();

    @Column(length = 64)
    public String sha256;

    @Column(name = "size_bytes")
    public Long size;

    @Column(name = "page_count")
    public Integer pages;

    @Column(name = "file_name", length = 100)
    public String fileName;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
