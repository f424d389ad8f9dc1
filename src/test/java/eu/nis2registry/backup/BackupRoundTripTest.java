package eu.nis2registry.backup;

import eu.nis2registry.backup.db.SchemaTables;
import eu.nis2registry.backup.db.SchemaTables.Table;
import eu.nis2registry.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Backup and restore with the registry's real migrations, without the service: every row and file comes back. */
class BackupRoundTripTest {

    @TempDir
    Path temp;

    static List<String> databases() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void restoresEveryRowAndReferencedFileIntoAnEmptyDatabase(String kind) throws Exception {
        try (TestDatabase source = TestDatabase.create(kind); TestDatabase target = TestDatabase.create(kind)) {
            BackupWriter.Written backup = backupOfFixture(source);
            List<String> log = new ArrayList<>();

            Restore.Outcome outcome = Restore.run(backup.folder(), target(target), backup.manifestSha256(), log::add);

            assertThat(outcome.interruptedImports()).isEqualTo(1);
            assertThat(outcome.files()).isEqualTo(1);
            try (Connection from = source.connect(); Connection to = target.connect()) {
                Map<String, List<List<String>>> before = contents(from);
                Map<String, List<List<String>>> after = contents(to);
                assertThat(after.keySet()).isEqualTo(before.keySet());
                for (String table : before.keySet()) {
                    if (!table.equals("leak_import") && !table.equals("leak_observation")) {
                        assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
                    }
                }
                assertThat(query(to, "SELECT id, status, error_message FROM leak_import ORDER BY id"))
                        .containsExactly(List.of("1", "COMPLETED", "null"), List.of("2", "FAILED", Restore.INTERRUPTED));
                assertThat(query(to, "SELECT import_id FROM leak_observation")).containsExactly(List.of("1"));
                assertThat(SchemaTables.read(to).schemaVersion(to)).isEqualTo(SchemaTables.read(from).schemaVersion(from));
                // Organisation 3 was deleted before the backup: its id is not handed out again.
                new RegistryFixture(to).insert("organization", RegistryFixture.row("name", "New", "sector", "Health",
                        "nis2_category", "IMPORTANT", "created_at", RegistryFixture.T0, "updated_at", RegistryFixture.T0));
                assertThat(query(to, "SELECT MAX(id) FROM organization")).containsExactly(List.of("4"));
            }
            Path evidence = temp.resolve("restored-data/evidence/9f").resolve(RegistryFixture.EVIDENCE_SHA256);
            assertThat(evidence).hasContent("test");
            assertThat(log).anyMatch(line -> line.contains("verified"));
        }
    }

    @Test
    void refusesABackupWhoseTableFileWasChanged() throws Exception {
        try (TestDatabase source = TestDatabase.create("h2"); TestDatabase target = TestDatabase.create("h2")) {
            BackupWriter.Written backup = backupOfFixture(source);
            Path organizations = backup.folder().resolve(backup.manifest().tables().stream()
                    .filter(t -> t.name().equals("organization")).findFirst().orElseThrow().file());
            Files.writeString(organizations, Files.readString(organizations).replace("Scheldeland 1", "Scheldeland 9"));

            assertThatThrownBy(() -> Restore.run(backup.folder(), target(target), null, line -> { }))
                    .isInstanceOf(Restore.Refused.class)
                    .satisfies(e -> assertThat(((Restore.Refused) e).problems())
                            .anyMatch(p -> p.contains("organization.jsonl: content does not match")));
            assertNothingRestored(target);
        }
    }

    @Test
    void refusesABackupWithAFileTheManifestDoesNotList() throws Exception {
        try (TestDatabase source = TestDatabase.create("h2"); TestDatabase target = TestDatabase.create("h2")) {
            BackupWriter.Written backup = backupOfFixture(source);
            Files.writeString(backup.folder().resolve("evidence/planted.txt"), "not from the registry");

            assertThatThrownBy(() -> Restore.run(backup.folder(), target(target), null, line -> { }))
                    .isInstanceOf(Restore.Refused.class)
                    .satisfies(e -> assertThat(((Restore.Refused) e).problems()).contains("evidence/planted.txt: not in the manifest"));
            assertNothingRestored(target);
        }
    }

    @Test
    void refusesAManifestThatPointsOutsideTheBackup() throws Exception {
        try (TestDatabase source = TestDatabase.create("h2"); TestDatabase target = TestDatabase.create("h2")) {
            BackupWriter.Written backup = backupOfFixture(source);
            Path manifest = backup.folder().resolve(BackupManifest.FILE);
            Files.writeString(manifest, Files.readString(manifest).replace("\"evidence/9f/", "\"evidence/../../../9f/"));

            assertThatThrownBy(() -> Restore.run(backup.folder(), target(target), null, line -> { }))
                    .isInstanceOf(Restore.Refused.class)
                    .satisfies(e -> assertThat(((Restore.Refused) e).problems()).anyMatch(p -> p.contains("not a path inside")));
            assertThat(temp.getParent().resolve("9f")).doesNotExist();
            assertNothingRestored(target);
        }
    }

    @Test
    void refusesAManifestOtherThanTheOneRecordedWhenTheBackupWasMade() throws Exception {
        try (TestDatabase source = TestDatabase.create("h2"); TestDatabase target = TestDatabase.create("h2")) {
            BackupWriter.Written backup = backupOfFixture(source);
            String other = "0".repeat(64);

            assertThatThrownBy(() -> Restore.run(backup.folder(), target(target), other, line -> { }))
                    .isInstanceOf(Restore.Refused.class).hasMessageContaining("not the one expected");
            assertNothingRestored(target);
        }
    }

    @Test
    void refusesADatabaseThatIsInUse() throws Exception {
        try (TestDatabase source = TestDatabase.create("h2"); TestDatabase target = TestDatabase.create("h2")) {
            BackupWriter.Written backup = backupOfFixture(source);
            migrate(target);
            try (Connection connection = target.connect()) {
                new RegistryFixture(connection).insert("supplier", RegistryFixture.row("name", "Already here", "created_at",
                        RegistryFixture.T0, "updated_at", RegistryFixture.T0));
            }

            assertThatThrownBy(() -> Restore.run(backup.folder(), target(target), null, line -> { }))
                    .isInstanceOf(Restore.Refused.class).hasMessageContaining("not empty")
                    .satisfies(e -> assertThat(((Restore.Refused) e).problems()).containsExactly("supplier holds 1 row(s)"));
            try (Connection connection = target.connect()) {
                assertThat(query(connection, "SELECT name FROM supplier")).containsExactly(List.of("Already here"));
            }
        }
    }

    @Test
    void refusesABackupThatReferencesAnEvidenceFileNoLongerStored() throws Exception {
        try (TestDatabase source = TestDatabase.create("h2")) {
            migrate(source);
            try (Connection connection = source.connect()) {
                new RegistryFixture(connection).fill();
            }
            Path backups = temp.resolve("backups");

            assertThatThrownBy(() -> {
                try (Connection connection = source.connect()) {
                    BackupWriter.write(connection, new BackupWriter.Sources(temp.resolve("data"), temp.resolve("reports")), backups,
                            "b", "tester", Instant.now(), (table, rows) -> { });
                }
            }).isInstanceOf(BackupWriter.IncompleteSources.class)
                    .satisfies(e -> assertThat(((BackupWriter.IncompleteSources) e).problems()).singleElement()
                            .asString().startsWith("evidence/9f/" + RegistryFixture.EVIDENCE_SHA256 + ": missing"));
            assertThat(backups).isEmptyDirectory();
        }
    }

    private BackupWriter.Written backupOfFixture(TestDatabase source) throws Exception {
        migrate(source);
        try (Connection connection = source.connect()) {
            new RegistryFixture(connection).fill();
        }
        Path evidence = temp.resolve("data/evidence/9f").resolve(RegistryFixture.EVIDENCE_SHA256);
        Files.createDirectories(evidence.getParent());
        Files.writeString(evidence, "test", StandardCharsets.UTF_8);
        try (Connection connection = source.connect()) {
            return BackupWriter.write(connection, new BackupWriter.Sources(temp.resolve("data"), temp.resolve("reports")),
                    temp.resolve("backups"), "backup-test", "tester", Instant.parse("2026-03-04T05:06:07Z"), (table, rows) -> { });
        }
    }

    private Restore.Target target(TestDatabase database) {
        return new Restore.Target(database.jdbcUrl(), database.username(), database.password(), temp.resolve("restored-data"),
                temp.resolve("restored-reports"));
    }

    static void migrate(TestDatabase database) {
        Flyway.configure().dataSource(database.jdbcUrl(), database.username(), database.password())
                .locations("classpath:db/migration").load().migrate();
    }

    private void assertNothingRestored(TestDatabase target) throws SQLException {
        try (Connection connection = target.connect()) {
            assertThat(SchemaTables.read(connection).ordered()).isEmpty();
        }
        assertThat(temp.resolve("restored-data")).doesNotExist();
    }

    /** Every table's rows in primary-key order, each value as the database itself renders it. */
    static Map<String, List<List<String>>> contents(Connection connection) throws SQLException {
        SchemaTables schema = SchemaTables.read(connection);
        Map<String, List<List<String>>> contents = new LinkedHashMap<>();
        for (Table table : schema.ordered()) {
            String order = table.primaryKey().isEmpty() ? "1" : table.primaryKey().stream()
                    .map(c -> schema.quoted(table.column(c).orElseThrow())).collect(Collectors.joining(", "));
            contents.put(table.name(), query(connection, "SELECT * FROM " + schema.quoted(table) + " ORDER BY " + order));
        }
        return contents;
    }

    static List<List<String>> query(Connection connection, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(String.valueOf(rs.getString(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
