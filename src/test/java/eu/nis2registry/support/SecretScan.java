package eu.nis2registry.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Looks for secrets where they must never be: every column of every table, every file of the data and
 * report folders, and the service's log. Runs inside the test JVM of a {@code @QuarkusTest}.
 */
public final class SecretScan {

    private SecretScan() {
    }

    public static void assertNowhere(String... secrets) {
        List<String> found = new ArrayList<>();
        scanDatabase(secrets, found);
        for (Path folder : List.of(Path.of("target/test-data"), Path.of("target/test-reports"), Path.of("target/test-logs"))) {
            scanFiles(folder, secrets, found);
        }
        assertThat(found).as("places holding a secret").isEmpty();
    }

    private static void scanDatabase(String[] secrets, List<String> found) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema == null || !schema.toLowerCase(Locale.ROOT).matches("information_schema|pg_catalog")) {
                        String quote = meta.getIdentifierQuoteString();
                        tables.add((schema == null ? "" : quote + schema + quote + ".") + quote + rs.getString("TABLE_NAME") + quote);
                    }
                }
            }
            for (String table : tables) {
                try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            String value = rs.getString(c);
                            for (String secret : secrets) {
                                if (value != null && value.toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT))) {
                                    found.add(table + "." + rs.getMetaData().getColumnName(c));
                                }
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot scan the database: " + e.getMessage(), e);
        }
    }

    private static void scanFiles(Path folder, String[] secrets, List<String> found) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                for (String secret : secrets) {
                    if (content.contains(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                            .toLowerCase(Locale.ROOT))) {
                        found.add(file.toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
