package eu.nis2registry.exposure;

import eu.nis2registry.exposure.parse.LeakFormat;
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

/**
 * One uploaded leak file and its job: queued after the upload is spooled, claimed by one instance through the
 * database, counted line by line. Its observations count in scores only once it is COMPLETED.
 */
@Entity
@Table(name = "leak_import")
public class LeakImport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public LeakImportStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public LeakFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public LeakKind kind;

    @Column(nullable = false, length = 200)
    public String source;

    /** The organisation the uploader acted for; null for a sector-wide import. */
    @Column(name = "organization_id")
    public Long organizationId;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    public String uploadedBy;

    /** Name of the spooled upload in the data folder; removed when the job ends. */
    @Column(name = "spool_file", length = 500)
    public String spoolFile;

    @Column(name = "bytes_total", nullable = false)
    public long bytesTotal;

    @Column(name = "bytes_read", nullable = false)
    public long bytesRead;

    @Column(name = "lines_read", nullable = false)
    public long linesRead;

    @Column(nullable = false)
    public long accepted;

    @Column(nullable = false)
    public long duplicates;

    @Column(nullable = false)
    public long unmatched;

    @Column(nullable = false)
    public long rejected;

    @Column(nullable = false)
    public long skipped;

    @Column(name = "error_message", length = 1000)
    public String errorMessage;

    @Column(name = "claimed_by", length = 200)
    public String claimedBy;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public double progress() {
        if (status == LeakImportStatus.COMPLETED) {
            return 1.0;
        }
        return bytesTotal <= 0 ? 0.0 : Math.min(1.0, (double) bytesRead / bytesTotal);
    }
}
