package eu.nis2registry.backup.service;

import eu.nis2registry.backup.BackupConfig;
import eu.nis2registry.backup.BackupManifest;
import eu.nis2registry.backup.BackupWriter;
import eu.nis2registry.backup.rest.BackupView;
import eu.nis2registry.common.config.RegistryConfig;
import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.security.CurrentUser;
import eu.nis2registry.security.trail.AuditTrail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** Backups on request of an administrator, one at a time per instance, each recorded in the audit trail. */
@ApplicationScoped
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource dataSource;
    private final RegistryConfig storage;
    private final BackupConfig config;
    private final CurrentUser user;
    private final AuditTrail trail;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    public BackupService(DataSource dataSource, RegistryConfig storage, BackupConfig config, CurrentUser user, AuditTrail trail,
            Clock clock) {
        this.dataSource = dataSource;
        this.storage = storage;
        this.config = config;
        this.user = user;
        this.trail = trail;
        this.clock = clock;
    }

    /** The configured folder, else "backups" beside the data folder. */
    public Path backupsDir() {
        return config.dir().orElseGet(() -> storage.dataDir().toAbsolutePath().normalize().resolveSibling("backups"));
    }

    public BackupView create() {
        if (!running.compareAndSet(false, true)) {
            throw ApiException.conflict("backup_running", "A backup is being written on this instance; try again when it is done",
                    null);
        }
        try {
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            // Instances sharing the backups folder may back up in the same second.
            String name = "backup-" + NAME.format(now) + "-" + HexFormat.of().formatHex(randomBytes());
            long started = System.nanoTime();
            BackupWriter.Written written;
            try (Connection connection = dataSource.getConnection()) {
                written = BackupWriter.write(connection, new BackupWriter.Sources(storage.dataDir(), storage.reportsDir()),
                        backupsDir(), name, user.username(), now, (table, rows) -> LOG.debugf("Backup %s: %s, %d rows", name, table, rows));
            } catch (BackupWriter.IncompleteSources e) {
                throw ApiException.conflict("backup_incomplete", "The database refers to files that are missing or damaged;"
                        + " no backup was written. Restore those files first", e.problems().stream().map(ErrorDetail::message).toList());
            } catch (IOException | SQLException e) {
                LOG.errorf("Backup %s failed: %s", name, e.getClass().getName());
                throw new ApiException(503, "backup_failed", "The backup could not be written (" + e.getClass().getSimpleName()
                        + "); nothing was kept");
            }
            BackupManifest manifest = written.manifest();
            BackupView view = new BackupView(name, manifest.createdAt(), manifest.totalBytes(), manifest.files().size(),
                    manifest.tables().size(), manifest.totalRows(), manifest.filesIn("evidence"), manifest.filesIn("reports"),
                    manifest.schemaVersion(), written.manifestSha256());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("name", name);
            details.put("manifestSha256", written.manifestSha256());
            details.put("bytes", view.sizeBytes());
            details.put("rows", view.rows());
            details.put("files", view.files());
            QuarkusTransaction.requiringNew().run(() -> trail.record("BACKUP_CREATED", "Backup", null, null, null, details));
            LOG.infof("Backup %s written to %s in %d ms: %d rows, %d files, %d bytes, manifest SHA-256 %s", name, written.folder(),
                    (System.nanoTime() - started) / 1_000_000, view.rows(), view.files(), view.sizeBytes(), written.manifestSha256());
            return view;
        } finally {
            running.set(false);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[3];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
