package eu.nis2registry.backup.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables of the connection's current schema as the database describes them, parents first. Read from the
 * database rather than listed in code, so that a table added by a later migration is backed up without anyone
 * remembering to add it here.
 */
public final class SchemaTables {

    /** Flyway's own bookkeeping: the restoring service migrates its schema itself. */
    public static final String FLYWAY_HISTORY = "flyway_schema_history";

    public record Column(String name, String sqlName, int jdbcType, String typeName, ValueKind kind) {
    }

    /**
     * @param name     lower case, as the backup names it
     * @param sqlName  the name as this database spells it, for quoting
     * @param identity columns whose values the database generates (restarted after a restore)
     */
    public record Table(String name, String sqlName, List<Column> columns, List<String> primaryKey, List<String> identity,
            Set<String> parents) {

        public Optional<Column> column(String columnName) {
            return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
        }
    }

    private final Map<String, Table> tables;
    private final List<String> order;
    private final String quote;
    private final String flywayHistory;

    private SchemaTables(Map<String, Table> tables, List<String> order, String quote, String flywayHistory) {
        this.tables = tables;
        this.order = order;
        this.quote = quote;
        this.flywayHistory = flywayHistory;
    }

    public static SchemaTables read(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        String schemaPattern = escape(schema, meta.getSearchStringEscape());
        Map<String, String> sqlNames = new TreeMap<>();
        String flywayHistory = null;
        try (ResultSet rs = meta.getTables(catalog, schemaPattern, "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                String sqlName = rs.getString("TABLE_NAME");
                if (!("TABLE".equals(type) || "BASE TABLE".equals(type)) || !schema.equals(rs.getString("TABLE_SCHEM"))) {
                    continue;
                }
                if (lower(sqlName).equals(FLYWAY_HISTORY)) {
                    flywayHistory = sqlName;
                } else {
                    sqlNames.put(lower(sqlName), sqlName);
                }
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, Set<String>> parents = new TreeMap<>();
        for (Map.Entry<String, String> entry : sqlNames.entrySet()) {
            String tablePattern = escape(entry.getValue(), meta.getSearchStringEscape());
            List<Column> columns = new ArrayList<>();
            List<String> identity = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(catalog, schemaPattern, tablePattern, "%")) {
                Map<Integer, Column> byPosition = new TreeMap<>();
                Map<Integer, Boolean> generated = new TreeMap<>();
                while (rs.next()) {
                    if (!entry.getValue().equals(rs.getString("TABLE_NAME")) || !schema.equals(rs.getString("TABLE_SCHEM"))) {
                        continue;
                    }
                    String sqlName = rs.getString("COLUMN_NAME");
                    int position = rs.getInt("ORDINAL_POSITION");
                    byPosition.put(position, new Column(lower(sqlName), sqlName, rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                            ValueKind.of(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"))));
                    generated.put(position, "YES".equals(rs.getString("IS_AUTOINCREMENT")));
                }
                byPosition.forEach((position, column) -> {
                    columns.add(column);
                    if (generated.get(position)) {
                        identity.add(column.name());
                    }
                });
            }
            Map<Short, String> key = new TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, entry.getValue())) {
                while (rs.next()) {
                    key.put(rs.getShort("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
                }
            }
            Set<String> referenced = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(catalog, schema, entry.getValue())) {
                while (rs.next()) {
                    referenced.add(lower(rs.getString("PKTABLE_NAME")));
                }
            }
            parents.put(entry.getKey(), referenced);
            tables.put(entry.getKey(), new Table(entry.getKey(), entry.getValue(), List.copyOf(columns),
                    List.copyOf(key.values()), List.copyOf(identity), Set.copyOf(referenced)));
        }
        String quote = meta.getIdentifierQuoteString();
        return new SchemaTables(tables, TableOrder.parentsFirst(parents), quote == null || quote.isBlank() ? "" : quote.strip(),
                flywayHistory);
    }

    /**
     * The version of the newest migration applied to this schema, if Flyway manages it. Flyway creates its table
     * with quoted lower-case names on both databases.
     */
    public Optional<String> schemaVersion(Connection connection) throws SQLException {
        if (flywayHistory == null) {
            return Optional.empty();
        }
        try (java.sql.Statement select = connection.createStatement()) {
            select.setMaxRows(1);
            try (ResultSet rs = select.executeQuery("SELECT " + quote("version") + " FROM " + quote(flywayHistory)
                    + " WHERE " + quote("success") + " = TRUE AND " + quote("version") + " IS NOT NULL ORDER BY "
                    + quote("installed_rank") + " DESC")) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** True when Flyway's history table exists in this schema. */
    public boolean migrated() {
        return flywayHistory != null;
    }

    /** Parents first. */
    public List<Table> ordered() {
        return order.stream().map(tables::get).toList();
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /** An identifier as this database needs it written: quoted in its own spelling. */
    public String quote(String sqlName) {
        return quote + sqlName.replace(quote, quote + quote) + quote;
    }

    public String quoted(Table table) {
        return quote(table.sqlName());
    }

    public String quoted(Column column) {
        return quote(column.sqlName());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String escape(String name, String escape) {
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
