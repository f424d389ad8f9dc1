package eu.nis2registry.backup;

import eu.nis2registry.audit.service.EvidenceService;
import eu.nis2registry.backup.BackupManifest.ColumnEntry;
import eu.nis2registry.backup.BackupManifest.FileEntry;
import eu.nis2registry.backup.BackupManifest.TableEntry;
import eu.nis2registry.backup.db.IdentityState;
import eu.nis2registry.backup.db.SchemaTables;
import eu.nis2registry.backup.db.SchemaTables.Table;
import eu.nis2registry.backup.db.TableDump;
import eu.nis2registry.common.crypto.Hashes;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes one backup folder: every table of the schema read in one snapshot transaction, the evidence files and
 * archived reports that snapshot refers to, and a manifest of SHA-256 sums. The folder is written under a
 * temporary name and renamed when complete, so a backup that exists is a whole backup.
 *
 * <p>Never in a backup: the leak spool (uploaded files hold plaintext credentials) and the keys (a backup
 * stolen without them reveals no leaked login and no TOTP secret).
 */
public final class BackupWriter {

    private static final String PARTIAL = ".part";

    /** Where the live files are. */
    public record Sources(Path dataDir, Path reportsDir) {
    }

    public record Written(Path folder, BackupManifest manifest, String manifestSha256) {
    }

    /** Told of each table once it is written, while the snapshot is still open. */
    public interface Progress {
        void tableWritten(String table, long rows);
    }

    /** The live data refers to files that are not there, or not as recorded: no backup can be complete. */
    public static final class IncompleteSources extends RuntimeException {
        private final List<String> problems;

        IncompleteSources(List<String> problems) {
            super(problems.size() + " file(s) referenced by the database are missing or damaged", null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private BackupWriter() {
    }

    /**
     * @param connection a connection of its own: its transaction settings are changed for the snapshot and put back
     * @param name       the new folder's name under {@code backupsDir}
     */
    public static Written write(Connection connection, Sources sources, Path backupsDir, String name, String actor, Instant now,
            Progress progress) throws IOException, SQLException {
        Files.createDirectories(backupsDir);
        Path partial = Files.createDirectory(backupsDir.resolve(name + PARTIAL));
        try {
            // Password hashes, sealed TOTP secrets, evidence: for the service's own account only.
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException ignored) {
            // Not a POSIX file system: the backups folder's own permissions protect it.
        }
        try {
            List<FileEntry> files = new ArrayList<>();
            Snapshot snapshot = snapshot(connection, sources, partial, files, progress);
            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, Reference> file : snapshot.references.entrySet()) {
                copyVerified(file.getValue(), partial.resolve(file.getKey()), file.getKey(), files, problems);
            }
            if (!problems.isEmpty()) {
                throw new IncompleteSources(problems);
            }
            files.sort(Comparator.comparing(FileEntry::path));
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, name, now, actor, snapshot.database,
                    snapshot.schemaVersion, snapshot.tables, files);
            String sha256 = manifest.write(partial);
            Path folder = Files.move(partial, backupsDir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return new Written(folder, manifest, sha256);
        } catch (IOException | SQLException | RuntimeException e) {
            deleteTree(partial);
            throw e;
        }
    }

    private record Reference(Path source, String sha256) {
    }

    private record Snapshot(String database, String schemaVersion, List<TableEntry> tables, Map<String, Reference> references) {
    }

    private static Snapshot snapshot(Connection connection, Sources sources, Path folder, List<FileEntry> files, Progress progress)
            throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        boolean readOnly = connection.isReadOnly();
        String database = connection.getMetaData().getDatabaseProductName();
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            // One snapshot for every table. H2's REPEATABLE READ fixes each table only when it is first read (measured
            // in SnapshotConsistencyTest); its SERIALIZABLE, like PostgreSQL's REPEATABLE READ, fixes them all at once,
            // and a read-only transaction at these levels never blocks writers nor fails.
            connection.setTransactionIsolation(database.toLowerCase(Locale.ROOT).contains("h2")
                    ? Connection.TRANSACTION_SERIALIZABLE : Connection.TRANSACTION_REPEATABLE_READ);
            SchemaTables schema = SchemaTables.read(connection);
            String version = schema.schemaVersion(connection).orElse(null);
            List<TableEntry> tables = new ArrayList<>();
            int index = 0;
            for (Table table : schema.ordered()) {
                String path = String.format(Locale.ROOT, "database/%03d-%s.jsonl", ++index, table.name());
                Path file = folder.resolve(path);
                Files.createDirectories(file.getParent());
                MessageDigest digest = Hashes.sha256();
                long rows;
                try (OutputStream out = new BufferedOutputStream(new DigestOutputStream(Files.newOutputStream(file), digest), 1 << 16)) {
                    rows = TableDump.export(connection, schema, table, out);
                }
                files.add(new FileEntry(path, Files.size(file), HexFormat.of().formatHex(digest.digest())));
                tables.add(new TableEntry(table.name(), path, rows,
                        table.columns().stream().map(c -> new ColumnEntry(c.name(), c.kind())).toList(),
                        IdentityState.next(connection, schema, table)));
                progress.tableWritten(table.name(), rows);
            }
            Map<String, Reference> references = new TreeMap<>();
            evidence(connection, schema, sources.dataDir(), references);
            reports(connection, schema, sources.reportsDir(), references);
            return new Snapshot(database, version, tables, references);
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setReadOnly(readOnly);
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Evidence files are kept under their SHA-256; the backup keeps the data folder's layout. */
    private static void evidence(Connection connection, SchemaTables schema, Path dataDir, Map<String, Reference> references)
            throws SQLException {
        Table table = schema.table("audit_evidence").orElse(null);
        if (table == null || table.column("sha256").isEmpty()) {
            return;
        }
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("SELECT DISTINCT " + schema.quoted(table.column("sha256").get())
                     + " FROM " + schema.quoted(table))) {
            while (rs.next()) {
                String sha256 = rs.getString(1);
                if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
                    throw new IllegalStateException("audit_evidence holds a SHA-256 that is not one");
                }
                Path inBackup = EvidenceService.evidencePath(Path.of(""), sha256);
                references.put(inBackup.toString().replace('\\', '/'), new Reference(EvidenceService.evidencePath(dataDir, sha256), sha256));
            }
        }
    }

    /** Archived reports are named in the report table (once reports exist in this schema) with their SHA-256. */
    private static void reports(Connection connection, SchemaTables schema, Path reportsDir, Map<String, Reference> references)
            throws SQLException {
        Table table = schema.table("report").orElse(null);
        if (table == null || table.column("file_name").isEmpty() || table.column("sha256").isEmpty()) {
            return;
        }
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("SELECT " + schema.quoted(table.column("file_name").get()) + ", "
                     + schema.quoted(table.column("sha256").get()) + " FROM " + schema.quoted(table) + " WHERE "
                     + schema.quoted(table.column("file_name").get()) + " IS NOT NULL")) {
            while (rs.next()) {
                String fileName = rs.getString(1);
                // A name from the database decides which file is read: never one outside the archive folder.
                if (!fileName.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,199}") || fileName.contains("..")) {
                    throw new IllegalStateException("the report table names a file that is not a plain file name");
                }
                references.put("reports/" + fileName, new Reference(reportsDir.resolve(fileName), rs.getString(2)));
            }
        }
    }

    private static void copyVerified(Reference reference, Path target, String path, List<FileEntry> files, List<String> problems)
            throws IOException {
        if (!Files.isRegularFile(reference.source())) {
            problems.add(path + ": missing from " + reference.source().getParent());
            return;
        }
        Files.createDirectories(target.getParent());
        MessageDigest digest = Hashes.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(reference.source()), digest)) {
            Files.copy(in, target);
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        if (!sha256.equals(reference.sha256())) {
            problems.add(path + ": its content no longer matches the SHA-256 the database recorded");
            return;
        }
        files.add(new FileEntry(path, Files.size(target), sha256));
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Best effort: what remains keeps the temporary name and is never taken for a backup.
                }
            });
        } catch (IOException ignored) {
            // As above.
        }
    }
}
