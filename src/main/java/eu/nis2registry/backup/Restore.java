package eu.nis2registry.backup;

import eu.nis2registry.backup.BackupManifest.ColumnEntry;
import eu.nis2registry.backup.BackupManifest.FileEntry;
import eu.nis2registry.backup.BackupManifest.TableEntry;
import eu.nis2registry.backup.db.IdentityState;
import eu.nis2registry.backup.db.SchemaTables;
import eu.nis2registry.backup.db.SchemaTables.Column;
import eu.nis2registry.backup.db.SchemaTables.Table;
import eu.nis2registry.backup.db.TableDump;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Brings an empty registry (a new database, an empty data folder) to the state of a backup. Nothing is touched
 * before the whole backup has been checked against its manifest; then files are copied (so that no restored
 * row ever lacks its file), the schema is migrated to the backup's version, every row is loaded in one
 * transaction with the identity columns continuing where they were, and the schema is migrated on to this
 * release's version. Plain JDBC and Flyway: it runs without starting the service.
 */
public final class Restore {

    /** Imports running or queued when the backup was taken: their spool files are never backed up. */
    static final String INTERRUPTED = "interrupted: the backup was taken while it was not finished";
    private static final int BATCH = 1000;

    public record Target(String jdbcUrl, String username, String password, Path dataDir, Path reportsDir) {
        @Override
        public String toString() {
            return "Target[" + jdbcUrl + ", user " + username + ", data " + dataDir + ", reports " + reportsDir + "]";
        }
    }

    public record Outcome(String name, String manifestSha256, String schemaVersion, long rows, long files, int interruptedImports) {
    }

    /** The backup or the target is not fit for a restore; nothing was changed. */
    public static final class Refused extends RuntimeException {
        private final List<String> problems;

        public Refused(String message, List<String> problems) {
            super(message, null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private Restore() {
    }

    /** @param expectedManifestSha256 the manifest's SHA-256 as recorded elsewhere (the backup answer, the trail), or null */
    public static Outcome run(Path backup, Target target, String expectedManifestSha256, Consumer<String> log)
            throws IOException, SQLException {
        BackupManifest manifest = readManifest(backup);
        String manifestSha256 = BackupManifest.sha256Of(backup);
        if (expectedManifestSha256 != null && !expectedManifestSha256.equalsIgnoreCase(manifestSha256)) {
            throw new Refused("The manifest is not the one expected", List.of("manifest.json has SHA-256 " + manifestSha256
                    + ", expected " + expectedManifestSha256));
        }
        List<String> problems = manifest.problems(backup);
        if (!problems.isEmpty()) {
            throw new Refused("The backup does not match its manifest; nothing was restored", problems);
        }
        if (manifest.schemaVersion() == null) {
            throw new Refused("The backup does not say which schema version its rows belong to", List.of());
        }
        log.accept("Backup " + manifest.name() + " verified: " + manifest.files().size() + " files, " + manifest.totalRows()
                + " rows, schema version " + manifest.schemaVersion() + ", manifest SHA-256 " + manifestSha256);
        Map<Path, FileEntry> files = plannedFiles(manifest, target);
        try (Connection connection = connect(target)) {
            checkEmpty(connection, manifest);
            copyFiles(backup, files, log);
            migrate(target, manifest.schemaVersion());
            int interrupted = load(connection, backup, manifest, log);
            migrate(target, null);
            log.accept("Restored " + manifest.totalRows() + " rows and " + files.size() + " files from " + manifest.name());
            return new Outcome(manifest.name(), manifestSha256, manifest.schemaVersion(), manifest.totalRows(), files.size(),
                    interrupted);
        }
    }

    private static BackupManifest readManifest(Path backup) {
        if (!Files.isRegularFile(backup.resolve(BackupManifest.FILE))) {
            throw new Refused("No backup here: " + backup + " holds no " + BackupManifest.FILE, List.of());
        }
        try {
            return BackupManifest.read(backup);
        } catch (IOException e) {
            throw new Refused("The manifest cannot be read as a backup manifest", List.of(e.getClass().getSimpleName()));
        }
    }

    /** Where each evidence file and archived report goes; refused when a different file is already there. */
    private static Map<Path, FileEntry> plannedFiles(BackupManifest manifest, Target target) {
        Map<Path, FileEntry> planned = new TreeMap<>();
        List<String> conflicts = new ArrayList<>();
        for (FileEntry file : manifest.files()) {
            Path destination;
            if (file.path().startsWith("evidence/")) {
                destination = target.dataDir().resolve(file.path());
            } else if (file.path().startsWith("reports/")) {
                destination = target.reportsDir().resolve(file.path().substring("reports/".length()));
            } else {
                continue;
            }
            if (Files.exists(destination) && !BackupManifest.sha256(destination).equals(file.sha256())) {
                conflicts.add(destination + " exists with other content");
            }
            planned.put(destination, file);
        }
        if (!conflicts.isEmpty()) {
            throw new Refused("The target folders hold other files of the same names; nothing was restored", conflicts);
        }
        return planned;
    }

    /** A database nobody has used: no rows but the trail's genesis head that the first migration inserts. */
    private static void checkEmpty(Connection connection, BackupManifest manifest) throws SQLException {
        SchemaTables schema = SchemaTables.read(connection);
        List<String> used = new ArrayList<>();
        for (Table table : schema.ordered()) {
            long rows = count(connection, schema, table);
            if (rows > 0 && !genesisOnly(connection, schema, table, rows)) {
                used.add(table.name() + " holds " + rows + " row(s)");
            }
        }
        if (!used.isEmpty()) {
            throw new Refused("The database is not empty: restore into a new database (and do not start the service on it"
                    + " before the restore)", used);
        }
        String current = schema.schemaVersion(connection).orElse(null);
        if (current != null && MigrationVersion.fromVersion(current).isNewerThan(manifest.schemaVersion())) {
            throw new Refused("The database was already migrated to schema version " + current + ", beyond the backup's "
                    + manifest.schemaVersion() + ": restore into a new database", List.of());
        }
    }

    private static boolean genesisOnly(Connection connection, SchemaTables schema, Table table, long rows) throws SQLException {
        if (!table.name().equals("audit_trail_head") || rows != 1) {
            return false;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT last_seq FROM " + schema.quoted(table))) {
            return rs.next() && rs.getLong(1) == 0;
        }
    }

    private static void copyFiles(Path backup, Map<Path, FileEntry> files, Consumer<String> log) throws IOException {
        for (Map.Entry<Path, FileEntry> file : files.entrySet()) {
            Path destination = file.getKey();
            if (Files.exists(destination)) {
                continue;
            }
            Files.createDirectories(destination.getParent());
            Path temporary = destination.resolveSibling(destination.getFileName() + ".restoring");
            Files.copy(backup.resolve(file.getValue().path()), temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE);
        }
        log.accept("Copied " + files.size() + " evidence and report files");
    }

    /** Migrates the target to the given version, or to this release's newest when null. */
    private static void migrate(Target target, String version) {
        var configuration = Flyway.configure(Restore.class.getClassLoader())
                .dataSource(target.jdbcUrl(), target.username(), target.password())
                .locations("classpath:db/migration");
        if (version != null) {
            configuration.target(MigrationVersion.fromVersion(version));
        }
        configuration.load().migrate();
    }

    private static int load(Connection connection, Path backup, BackupManifest manifest, Consumer<String> log)
            throws SQLException, IOException {
        SchemaTables schema = SchemaTables.read(connection);
        checkSameTables(schema, manifest);
        connection.setAutoCommit(false);
        try {
            List<Table> ordered = schema.ordered();
            for (ListIterator<Table> it = ordered.listIterator(ordered.size()); it.hasPrevious(); ) {
                try (Statement delete = connection.createStatement()) {
                    delete.executeUpdate("DELETE FROM " + schema.quoted(it.previous()));
                }
            }
            Map<String, TableEntry> entries = new TreeMap<>();
            manifest.tables().forEach(t -> entries.put(t.name(), t));
            for (Table table : ordered) {
                TableEntry entry = entries.get(table.name());
                if (entry == null) {
                    // A migration the backup's database did not have yet (numbered before its version): nothing to restore.
                    log.accept("  " + table.name() + ": not in the backup, left empty");
                    continue;
                }
                long rows;
                try (InputStream in = new BufferedInputStream(Files.newInputStream(backup.resolve(entry.file())), 1 << 16)) {
                    rows = TableDump.load(connection, schema, table, entry.columns(), in, BATCH);
                }
                if (rows != entry.rows()) {
                    throw new IllegalStateException("table " + table.name() + ": " + rows + " rows read, the manifest says "
                            + entry.rows());
                }
                IdentityState.restart(connection, schema, table, entry.identityNext());
                log.accept("  " + table.name() + ": " + rows + " row(s)");
            }
            int interrupted = failUnfinishedImports(connection);
            connection.commit();
            return interrupted;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * Every table and column of the backup must be in this schema, kind for kind, and every column of such a table in
     * the backup: the schema was migrated to the backup's version.
     */
    private static void checkSameTables(SchemaTables schema, BackupManifest manifest) {
        List<String> problems = new ArrayList<>();
        Set<String> inBackup = new TreeSet<>();
        for (TableEntry entry : manifest.tables()) {
            inBackup.add(entry.name());
            Table table = schema.table(entry.name()).orElse(null);
            if (table == null) {
                problems.add("table " + entry.name() + " does not exist here");
                continue;
            }
            Set<String> columns = new TreeSet<>();
            for (ColumnEntry column : entry.columns()) {
                columns.add(column.name());
                Column here = table.column(column.name()).orElse(null);
                if (here == null) {
                    problems.add(entry.name() + "." + column.name() + " does not exist here");
                } else if (here.kind() != column.kind()) {
                    problems.add(entry.name() + "." + column.name() + " is " + here.kind() + " here, " + column.kind() + " in the backup");
                }
            }
            table.columns().stream().filter(c -> !columns.contains(c.name()))
                    .forEach(c -> problems.add(entry.name() + "." + c.name() + " is not in the backup"));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the migrated schema differs from the backup's: " + problems);
        }
    }

    /** Counts nowhere and is not re-run: like an import interrupted by a crash (LEAK-FORMATS.md, "Imports are jobs"). */
    private static int failUnfinishedImports(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("SELECT id FROM leak_import WHERE status IN ('QUEUED', 'RUNNING')")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM leak_observation WHERE import_id = ?");
             PreparedStatement update = connection.prepareStatement("UPDATE leak_import SET status = 'FAILED', error_message = ?,"
                     + " finished_at = ?, spool_file = NULL WHERE id = ?")) {
            for (Long id : ids) {
                delete.setLong(1, id);
                delete.executeUpdate();
                update.setString(1, INTERRUPTED);
                update.setTimestamp(2, Timestamp.from(Instant.now()));
                update.setLong(3, id);
                update.executeUpdate();
            }
        }
        return ids.size();
    }

    private static long count(Connection connection, SchemaTables schema, Table table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + schema.quoted(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Connection connect(Target target) throws SQLException {
        Driver driver;
        if (target.jdbcUrl().startsWith("jdbc:h2:")) {
            driver = new org.h2.Driver();
        } else if (target.jdbcUrl().startsWith("jdbc:postgresql:")) {
            driver = new org.postgresql.Driver();
        } else {
            throw new Refused("Only H2 and PostgreSQL databases are supported: " + target.jdbcUrl(), List.of());
        }
        Properties properties = new Properties();
        if (target.username() != null) {
            properties.setProperty("user", target.username());
        }
        if (target.password() != null) {
            properties.setProperty("password", target.password());
        }
        Connection connection = driver.connect(target.jdbcUrl(), properties);
        if (connection == null) {
            throw new Refused("The database URL is not understood: " + target.jdbcUrl(), List.of());
        }
        return connection;
    }
}
