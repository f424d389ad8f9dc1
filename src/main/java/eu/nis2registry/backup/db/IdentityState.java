package eu.nis2registry.backup.db;

import eu.nis2registry.backup.db.SchemaTables.Column;
import eu.nis2registry.backup.db.SchemaTables.Table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The next value each identity column would hand out. A restore continues from there, not from the highest id
 * left in the table: ids of deleted rows stay unused, so that an old trail entry or report naming "organisation
 * 7" never comes to mean another organisation.
 */
public final class IdentityState {

    private IdentityState() {
    }

    /** Per identity column, the next value it would generate (at least one above the highest stored value). */
    public static Map<String, Long> next(Connection connection, SchemaTables schema, Table table) throws SQLException {
        Map<String, Long> next = new LinkedHashMap<>();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        for (String name : table.identity()) {
            Column column = table.column(name).orElseThrow();
            long value = maxPlusOne(connection, schema, table, column);
            if (product.contains("h2")) {
                value = Math.max(value, h2Base(connection, table, column));
            } else if (product.contains("postgresql")) {
                value = Math.max(value, postgresNext(connection, schema, table, column));
            }
            next.put(name, value);
        }
        return next;
    }

    /** Makes each identity column continue at the given value, or after the highest stored value if that is higher. */
    public static void restart(Connection connection, SchemaTables schema, Table table, Map<String, Long> next) throws SQLException {
        for (String name : table.identity()) {
            Column column = table.column(name).orElseThrow();
            long value = Math.max(next.getOrDefault(name, 1L), maxPlusOne(connection, schema, table, column));
            try (Statement statement = connection.createStatement()) {
                // The same statement on H2 and PostgreSQL: both follow the SQL standard for identity columns.
                statement.execute("ALTER TABLE " + schema.quoted(table) + " ALTER COLUMN " + schema.quoted(column)
                        + " RESTART WITH " + value);
            }
        }
    }

    private static long maxPlusOne(Connection connection, SchemaTables schema, Table table, Column column) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT MAX(" + schema.quoted(column) + ") FROM " + schema.quoted(table))) {
            rs.next();
            return rs.getLong(1) + 1;
        }
    }

    private static long h2Base(Connection connection, Table table, Column column) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            select.setString(1, connection.getSchema());
            select.setString(2, table.sqlName());
            select.setString(3, column.sqlName());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 1;
            }
        }
    }

    private static long postgresNext(Connection connection, SchemaTables schema, Table table, Column column) throws SQLException {
        String sequence;
        try (PreparedStatement select = connection.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
            select.setString(1, schema.quote(connection.getSchema()) + "." + schema.quoted(table));
            select.setString(2, column.sqlName());
            try (ResultSet rs = select.executeQuery()) {
                sequence = rs.next() ? rs.getString(1) : null;
            }
        }
        if (sequence == null) {
            return 1;
        }
        // A sequence is outside transactions: this may be ahead of the snapshot, which only leaves a gap.
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT last_value, is_called FROM " + sequence)) {
            rs.next();
            return rs.getBoolean(2) ? rs.getLong(1) + 1 : rs.getLong(1);
        }
    }
}
