package eu.nis2registry.backup;

import eu.nis2registry.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A backup is one moment of the database: what commits while it is being written is not in it, in no table. */
class SnapshotConsistencyTest {

    @TempDir
    Path temp;

    static List<String> databases() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void writesCommittedWhileTheBackupRunsAreInNoTableOfIt(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind); Connection writer = database.connect()) {
            execute(writer, "CREATE TABLE account (id BIGINT PRIMARY KEY, balance BIGINT NOT NULL)");
            execute(writer, "CREATE TABLE transfer (id BIGINT PRIMARY KEY, account_id BIGINT NOT NULL REFERENCES account (id),"
                    + " amount BIGINT NOT NULL)");
            execute(writer, "INSERT INTO account (id, balance) VALUES (1, 100)");
            execute(writer, "INSERT INTO transfer (id, account_id, amount) VALUES (1, 1, 100)");

            BackupWriter.Written backup;
            try (Connection reader = database.connect()) {
                backup = BackupWriter.write(reader, new BackupWriter.Sources(temp.resolve("data"), temp.resolve("reports")),
                        temp.resolve("backups"), "b", "tester", Instant.now(), (table, rows) -> {
                            if (table.equals("account")) {
                                // A transfer and the balance it changes, committed together after the accounts were read.
                                try {
                                    writer.setAutoCommit(false);
                                    execute(writer, "UPDATE account SET balance = 150 WHERE id = 1");
                                    execute(writer, "INSERT INTO transfer (id, account_id, amount) VALUES (2, 1, 50)");
                                    writer.commit();
                                    writer.setAutoCommit(true);
                                } catch (SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            }
                        });
            }

            assertThat(backup.manifest().tables()).extracting(BackupManifest.TableEntry::name).containsExactly("account", "transfer");
            assertThat(Files.readString(backup.folder().resolve("database/001-account.jsonl"))).isEqualTo("[1,100]\n");
            assertThat(Files.readString(backup.folder().resolve("database/002-transfer.jsonl"))).isEqualTo("[1,1,100]\n");
        }
    }

    /** Why the backup does not use REPEATABLE READ on H2 (BackupWriter): it fixes each table only at its first read. */
    @Test
    void h2RepeatableReadFixesEachTableOnlyWhenItIsFirstRead() throws Exception {
        try (TestDatabase database = TestDatabase.create("h2"); Connection writer = database.connect();
             Connection reader = database.connect()) {
            execute(writer, "CREATE TABLE a (x INT)");
            execute(writer, "CREATE TABLE b (x INT)");
            reader.setAutoCommit(false);
            reader.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            long aBefore = count(reader, "a");
            execute(writer, "INSERT INTO a VALUES (1)");
            execute(writer, "INSERT INTO b VALUES (1)");

            assertThat(count(reader, "a")).isEqualTo(aBefore);
            assertThat(count(reader, "b")).isEqualTo(1);
            reader.rollback();
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
