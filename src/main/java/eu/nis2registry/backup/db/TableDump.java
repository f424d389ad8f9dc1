package eu.nis2registry.backup.db;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.nis2registry.backup.BackupManifest.ColumnEntry;
import eu.nis2registry.backup.db.SchemaTables.Column;
import eu.nis2registry.backup.db.SchemaTables.Table;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** One table to and from JSON lines: a row is a JSON array of its values, in the order of the table's columns. */
public final class TableDump {

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int FETCH = 1000;

    private TableDump() {
    }

    /** Writes every row, ordered by primary key so that the same data gives the same file; answers the row count. */
    public static long export(Connection connection, SchemaTables schema, Table table, OutputStream out)
            throws SQLException, IOException {
        String columns = table.columns().stream().map(schema::quoted).collect(Collectors.joining(", "));
        List<String> orderBy = table.primaryKey().isEmpty() ? table.columns().stream().map(Column::name).toList() : table.primaryKey();
        String order = orderBy.stream().map(name -> schema.quoted(table.column(name).orElseThrow())).collect(Collectors.joining(", "));
        long rows = 0;
        try (Statement select = connection.createStatement()) {
            // Streams the rows instead of loading the table: PostgreSQL honours this inside a transaction.
            select.setFetchSize(FETCH);
            try (ResultSet rs = select.executeQuery("SELECT " + columns + " FROM " + schema.quoted(table) + " ORDER BY " + order);
                 JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                List<Column> list = table.columns();
                while (rs.next()) {
                    json.writeStartArray();
                    for (int i = 0; i < list.size(); i++) {
                        list.get(i).kind().write(rs, i + 1, json);
                    }
                    json.writeEndArray();
                    json.writeRaw('\n');
                    rows++;
                }
                json.flush();
            }
        }
        return rows;
    }

    /**
     * Inserts the rows of a backup into the table, binding each value by the backup's column name; answers the
     * row count. The caller owns the transaction.
     */
    public static long load(Connection connection, SchemaTables schema, Table table, List<ColumnEntry> columns,
            InputStream in, int batchSize) throws SQLException, IOException {
        List<Column> targets = new ArrayList<>();
        for (ColumnEntry entry : columns) {
            targets.add(table.column(entry.name()).orElseThrow(() -> new IllegalStateException(
                    "table " + table.name() + " has no column " + entry.name())));
        }
        String sql = "INSERT INTO " + schema.quoted(table) + " (" + targets.stream().map(schema::quoted)
                .collect(Collectors.joining(", ")) + ") VALUES (" + String.join(", ", Collections.nCopies(targets.size(), "?")) + ")";
        long rows = 0;
        // Root values one at a time: a MappingIterator would take a leading array for a wrapper and iterate inside it.
        try (PreparedStatement insert = connection.prepareStatement(sql); JsonParser lines = MAPPER.createParser(in)) {
            int pending = 0;
            while (lines.nextToken() != null) {
                JsonNode row = MAPPER.readTree(lines);
                if (!row.isArray() || row.size() != targets.size()) {
                    throw new IllegalStateException("table " + table.name() + ", row " + (rows + 1) + ": expected "
                            + targets.size() + " values, found " + (row.isArray() ? row.size() : row.getNodeType()));
                }
                for (int i = 0; i < targets.size(); i++) {
                    Column column = targets.get(i);
                    column.kind().bind(insert, i + 1, row.get(i), column.jdbcType());
                }
                insert.addBatch();
                rows++;
                if (++pending == batchSize) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        return rows;
    }
}
