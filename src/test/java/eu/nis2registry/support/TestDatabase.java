package eu.nis2registry.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A new, empty database for one test: an in-memory H2 database, or a schema of its own in the PostgreSQL
 * database of the CI run (REGISTRY_TEST_PG_URL with QUARKUS_DATASOURCE_USERNAME and _PASSWORD), dropped on close.
 */
public record TestDatabase(String kind, String jdbcUrl, String username, String password, String schema) implements AutoCloseable {

    /** The PostgreSQL run's database, if this run has one. */
    public static boolean postgresAvailable() {
        String url = System.getenv("REGISTRY_TEST_PG_URL");
        return url != null && !url.isBlank();
    }

    /** H2 always; PostgreSQL too when the run provides it. */
    public static List<String> kinds() {
        List<String> kinds = new ArrayList<>(List.of("h2"));
        if (postgresAvailable()) {
            kinds.add("postgresql");
        }
        return kinds;
    }

    public static TestDatabase create(String kind) throws SQLException {
        String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (kind.equals("h2")) {
            return new TestDatabase(kind, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000", "sa", "", null);
        }
        return postgresSchema(name);
    }

    /** A schema of its own in the run's PostgreSQL database, made the connections' current schema by the URL. */
    public static TestDatabase postgresSchema(String name) throws SQLException {
        String base = System.getenv("REGISTRY_TEST_PG_URL");
        if (base == null || base.isBlank()) {
            throw new IllegalStateException("REGISTRY_TEST_PG_URL is not set: this test needs the PostgreSQL run of .ci/run");
        }
        String username = System.getenv("QUARKUS_DATASOURCE_USERNAME");
        String password = System.getenv("QUARKUS_DATASOURCE_PASSWORD");
        String schema = name.toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(base, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase("postgresql", url, username, password, schema);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    @Override
    public void close() throws SQLException {
        if (kind.equals("h2")) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            return;
        }
        try (Connection connection = DriverManager.getConnection(System.getenv("REGISTRY_TEST_PG_URL"), username, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Override
    public String toString() {
        return kind;
    }
}
