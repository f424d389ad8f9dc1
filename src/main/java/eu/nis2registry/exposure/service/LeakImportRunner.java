package eu.nis2registry.exposure.service;

import eu.nis2registry.common.config.RegistryConfig;
import eu.nis2registry.exposure.LeakConfig;
import eu.nis2registry.exposure.LeakImportCompleted;
import eu.nis2registry.exposure.LeakImportStatus;
import eu.nis2registry.exposure.parse.ImportCounts;
import eu.nis2registry.exposure.parse.ImportTally;
import eu.nis2registry.exposure.parse.LeakFormat;
import eu.nis2registry.exposure.parse.LeakFormatException;
import eu.nis2registry.exposure.parse.LeakKind;
import eu.nis2registry.exposure.parse.LeakScanner;
import eu.nis2registry.exposure.parse.PrivilegedRules;
import eu.nis2registry.exposure.parse.RejectedLine;
import eu.nis2registry.exposure.parse.SupplierTally;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs queued imports. An instance claims a job with a conditional update (only one instance's update can
 * move it from QUEUED to RUNNING), reports progress and a heartbeat while it scans, and settles the counters,
 * rejects and supplier aggregates in one transaction at the end. A job whose instance stopped reporting is
 * marked FAILED and its partial observations are removed, so that it counts nowhere and a re-run counts like
 * a first run.
 */
@ApplicationScoped
public class LeakImportRunner {

    private static final Logger LOG = Logger.getLogger(LeakImportRunner.class);
    private static final long PROGRESS_EVERY_MS = 500;

    private final DataSource dataSource;
    private final MatchingIndexes indexes;
    private final LeakKeys keys;
    private final LeakConfig config;
    private final RegistryConfig storage;
    private final Event<LeakImportCompleted> completed;
    private final Clock clock;
    private final String instanceName;
    private final String instanceId;
    private final AtomicInteger running = new AtomicInteger();
    private ExecutorService executor;

    public LeakImportRunner(DataSource dataSource, MatchingIndexes indexes, LeakKeys keys, LeakConfig config,
            RegistryConfig storage, Event<LeakImportCompleted> completed, Clock clock,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        this.dataSource = dataSource;
        this.indexes = indexes;
        this.keys = keys;
        this.config = config;
        this.storage = storage;
        this.completed = completed;
        this.clock = clock;
        this.instanceName = hostName() + ":" + port;
        this.instanceId = instanceName + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    void onStart(@Observes StartupEvent event) {
        executor = Executors.newFixedThreadPool(Math.max(1, config.parallelImports()), runnable -> {
            Thread thread = new Thread(runnable, "leak-import");
            thread.setDaemon(true);
            return thread;
        });
        // Jobs this instance was running before it stopped (a crash, kill -9) will never finish.
        failWhere("status = 'RUNNING' AND claimed_by LIKE ?", instanceName + "/%",
                "interrupted: the service stopped during the import");
    }

    void onStop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    public Path spoolDir() {
        return storage.dataDir().resolve("spool");
    }

    /** Looks for work now, instead of at the next poll: called right after an upload. */
    public void wake() {
        if (executor != null && running.get() < Math.max(1, config.parallelImports())) {
            executor.submit(this::claimAndRun);
        }
    }

    @Scheduled(every = "2s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    @Scheduled(every = "10s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void failStale() {
        failWhere("status = 'RUNNING' AND heartbeat_at < ?", Timestamp.from(clock.instant().minus(config.staleAfter())),
                "interrupted: the instance running it stopped reporting");
    }

    private void claimAndRun() {
        if (running.incrementAndGet() > Math.max(1, config.parallelImports())) {
            running.decrementAndGet();
            return;
        }
        try {
            Long claimed;
            while ((claimed = claimNext()) != null) {
                run(claimed);
            }
        } catch (RuntimeException | SQLException e) {
            LOG.errorf("Leak import runner failed: %s", e.getClass().getName());
        } finally {
            running.decrementAndGet();
        }
    }

    /** The id of a queued job this instance can read and has just claimed, or null. */
    private Long claimNext() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<Object[]> queued = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, spool_file FROM leak_import WHERE status = 'QUEUED' ORDER BY id")) {
                select.setMaxRows(20);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        queued.add(new Object[] {rs.getLong(1), rs.getString(2)});
                    }
                }
            }
            for (Object[] job : queued) {
                if (job[1] == null || !Files.exists(spoolDir().resolve((String) job[1]))) {
                    continue;
                }
                try (PreparedStatement claim = connection.prepareStatement("UPDATE leak_import SET status = 'RUNNING',"
                        + " claimed_by = ?, started_at = ?, heartbeat_at = ? WHERE id = ? AND status = 'QUEUED'")) {
                    Timestamp now = Timestamp.from(clock.instant());
                    claim.setString(1, instanceId);
                    claim.setTimestamp(2, now);
                    claim.setTimestamp(3, now);
                    claim.setLong(4, (Long) job[0]);
                    if (claim.executeUpdate() == 1) {
                        return (Long) job[0];
                    }
                }
            }
            return null;
        }
    }

    private record Job(long id, LeakFormat format, LeakKind kind, String source, String spoolFile, Instant createdAt) {
    }

    private void run(long importId) {
        Job job;
        try {
            job = load(importId);
        } catch (SQLException e) {
            LOG.errorf("Leak import %d cannot be loaded: SQL state %s", importId, e.getSQLState());
            return;
        }
        Path spool = spoolDir().resolve(job.spoolFile());
        Set<Long> touched = new LinkedHashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                MatchingIndexes.Indexes index = indexes.load();
                LeakScanner scanner = LeakScanner.builder().format(job.format()).defaultKind(job.kind())
                        .importDate(LocalDate.ofInstant(job.createdAt(), clock.getZone()))
                        .suppliers(index.suppliers()).attribution(index.attribution()).privilegedRules(privilegedRules())
                        .keys(keys.loginKey(), keys.passwordKey()).build();
                ObservationStore store = new ObservationStore(connection, importId, job.source(), clock.instant());
                Progress progress = new Progress(connection, importId);
                ImportTally tally = new ImportTally(store, config.batchSize(), config.maxRejectsKept(), progress::report);
                long started = System.nanoTime();
                scanner.scan(spool, tally);
                tally.finish();
                long scanned = System.nanoTime();
                complete(connection, importId, tally, store);
                tally.bySupplier().forEach(s -> touched.add(s.supplierId()));
                LOG.infof("Leak import %d completed in %d ms (%s; settling %d ms): %s", importId,
                        (System.nanoTime() - started) / 1_000_000, store.timings(), (System.nanoTime() - scanned) / 1_000_000,
                        tally.counts());
            } catch (Exception e) {
                connection.rollback();
                fail(importId, describe(e));
                return;
            }
        } catch (SQLException e) {
            fail(importId, "database unavailable (SQL state " + e.getSQLState() + ")");
            return;
        } finally {
            deleteQuietly(spool);
        }
        completed.fire(new LeakImportCompleted(importId, touched));
    }

    private Job load(long importId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT format, kind, source, spool_file, created_at FROM leak_import WHERE id = ?")) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return new Job(importId, LeakFormat.valueOf(rs.getString(1)), LeakKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant());
            }
        }
    }

    /** Writes counters and a heartbeat at most twice a second, on the import's own connection. */
    private final class Progress {
        private final Connection connection;
        private final long importId;
        private long lastWrite;

        Progress(Connection connection, long importId) {
            this.connection = connection;
            this.importId = importId;
        }

        void report(long bytesRead, ImportCounts settled) {
            long now = System.currentTimeMillis();
            if (now - lastWrite < PROGRESS_EVERY_MS) {
                return;
            }
            lastWrite = now;
            try (PreparedStatement update = connection.prepareStatement("UPDATE leak_import SET bytes_read = ?, lines_read = ?,"
                    + " accepted = ?, duplicates = ?, unmatched = ?, rejected = ?, skipped = ?, heartbeat_at = ?"
                    + " WHERE id = ? AND status = 'RUNNING'")) {
                setCounters(update, bytesRead, settled);
                update.setTimestamp(8, Timestamp.from(clock.instant()));
                update.setLong(9, importId);
                if (update.executeUpdate() == 0) {
                    // Someone marked this job FAILED (we looked stale): stop rather than write on.
                    throw new ObservationStore.StoreException("the import is no longer RUNNING",
                            new SQLException("job taken away", "40001"));
                }
                connection.commit();
            } catch (SQLException e) {
                throw new ObservationStore.StoreException("cannot report progress", e);
            }
        }
    }

    private static void setCounters(PreparedStatement statement, long bytesRead, ImportCounts counts) throws SQLException {
        statement.setLong(1, bytesRead);
        statement.setLong(2, counts.linesRead());
        statement.setLong(3, counts.accepted());
        statement.setLong(4, counts.duplicates());
        statement.setLong(5, counts.unmatched());
        statement.setLong(6, counts.rejected());
        statement.setLong(7, counts.skipped());
    }

    /** Counters, rejects, per-supplier tallies and bucket increments in one transaction: all or nothing. */
    private void complete(Connection connection, long importId, ImportTally tally, ObservationStore store) throws SQLException {
        ImportCounts counts = tally.counts();
        try (PreparedStatement update = connection.prepareStatement("UPDATE leak_import SET bytes_read = ?, lines_read = ?,"
                + " accepted = ?, duplicates = ?, unmatched = ?, rejected = ?, skipped = ?, status = 'COMPLETED',"
                + " finished_at = ?, heartbeat_at = ?, spool_file = NULL WHERE id = ? AND status = 'RUNNING'")) {
            setCounters(update, tally.bytesRead(), counts);
            Timestamp now = Timestamp.from(clock.instant());
            update.setTimestamp(8, now);
            update.setTimestamp(9, now);
            update.setLong(10, importId);
            if (update.executeUpdate() == 0) {
                throw new SQLException("the import is no longer RUNNING", "40001");
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO leak_import_reject (import_id, line_number, reason) VALUES (?, ?, ?)")) {
            for (RejectedLine reject : tally.rejects()) {
                insert.setLong(1, importId);
                insert.setLong(2, reject.line());
                insert.setString(3, reject.message());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO leak_import_supplier (import_id, supplier_id, observations, privileged) VALUES (?, ?, ?, ?)")) {
            for (SupplierTally supplier : tally.bySupplier()) {
                insert.setLong(1, importId);
                insert.setLong(2, supplier.supplierId());
                insert.setLong(3, supplier.accepted());
                insert.setLong(4, supplier.privileged());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        ExposureBuckets.add(connection, store.buckets());
        ExposureBuckets.newestStealerLogs(connection, store.newestStealerLogOnHost());
        connection.commit();
    }

    private void fail(long importId, String reason) {
        LOG.warnf("Leak import %d failed: %s", importId, reason);
        failWhere("id = ? AND status IN ('QUEUED', 'RUNNING')", importId, reason);
    }

    /** Marks matching jobs FAILED and removes what they had stored, so that they count nowhere. */
    private void failWhere(String condition, Object parameter, String reason) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<Long> ids = new ArrayList<>();
            List<String> spools = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, spool_file FROM leak_import WHERE " + condition)) {
                select.setObject(1, parameter);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        spools.add(rs.getString(2));
                    }
                }
            }
            for (Long id : ids) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE leak_import SET status = 'FAILED',"
                        + " error_message = ?, finished_at = ?, spool_file = NULL WHERE id = ? AND status IN ('QUEUED', 'RUNNING')");
                     PreparedStatement delete = connection.prepareStatement("DELETE FROM leak_observation WHERE import_id = ?")) {
                    update.setString(1, reason);
                    update.setTimestamp(2, Timestamp.from(clock.instant()));
                    update.setLong(3, id);
                    if (update.executeUpdate() == 1) {
                        delete.setLong(1, id);
                        int removed = delete.executeUpdate();
                        LOG.warnf("Leak import %d marked FAILED (%s); %d partial observation(s) removed", id, reason, removed);
                    }
                }
                connection.commit();
            }
            spools.stream().filter(s -> s != null).forEach(s -> deleteQuietly(spoolDir().resolve(s)));
        } catch (SQLException e) {
            LOG.errorf("Cannot mark interrupted leak imports as failed: SQL state %s", e.getSQLState());
        }
    }

    private PrivilegedRules privilegedRules() {
        LeakConfig.Privileged p = config.privileged();
        return PrivilegedRules.of(p.loginNames(), p.loginPrefixes(), p.hostLabelPrefixes(), p.pathFragments());
    }

    /** What went wrong, in words that never repeat a line of the file. */
    private static String describe(Exception e) {
        if (e instanceof LeakFormatException) {
            return e.getMessage();
        }
        if (e instanceof IOException) {
            return "the uploaded file could not be read (" + e.getClass().getSimpleName() + ")";
        }
        if (e instanceof ObservationStore.StoreException || e instanceof SQLException) {
            return e.getMessage();
        }
        return "unexpected " + e.getClass().getSimpleName();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Cannot delete spool file %s", file.getFileName());
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
