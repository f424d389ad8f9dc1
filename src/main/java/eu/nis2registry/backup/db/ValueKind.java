package eu.nis2registry.backup.db;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;

/**
 * How a column's values are written to a backup and read back, the same way on H2 and PostgreSQL: each kind
 * has one exact JSON form (timestamps in UTC to the nanosecond, decimals as text), so a value survives the
 * round trip bit for bit — the audit trail's hashes depend on it.
 */
public enum ValueKind {
    INTEGER, DECIMAL, FLOAT, BOOLEAN, TEXT, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ, BINARY;

    /** The kind of a column, from its JDBC type and the database's own type name. */
    public static ValueKind of(int jdbcType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        return switch (jdbcType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> FLOAT;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB, Types.NCLOB -> TEXT;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            // PostgreSQL's driver reports timestamptz as TIMESTAMP: only the type name tells them apart.
            case Types.TIMESTAMP -> name.contains("tz") || name.contains("with time zone") ? TIMESTAMP_TZ : TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_TZ;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            // A type the backup cannot reproduce exactly must stop the backup, not lose data quietly.
            default -> throw new IllegalArgumentException("unsupported column type " + typeName + " (JDBC " + jdbcType + ")");
        };
    }

    /** Writes the value of this column of the current row, or null. */
    public void write(ResultSet rs, int column, JsonGenerator out) throws SQLException, IOException {
        switch (this) {
            case INTEGER -> {
                long value = rs.getLong(column);
                if (rs.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeNumber(value);
                }
            }
            case FLOAT -> {
                double value = rs.getDouble(column);
                if (rs.wasNull()) {
                    out.writeNull();
                } else if (Double.isFinite(value)) {
                    out.writeNumber(value);
                } else {
                    out.writeString(Double.toString(value));
                }
            }
            case BOOLEAN -> {
                boolean value = rs.getBoolean(column);
                if (rs.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeBoolean(value);
                }
            }
            default -> {
                String text = text(rs, column);
                if (text == null) {
                    out.writeNull();
                } else {
                    out.writeString(text);
                }
            }
        }
    }

    private String text(ResultSet rs, int column) throws SQLException {
        return switch (this) {
            case DECIMAL -> {
                BigDecimal value = rs.getBigDecimal(column);
                yield value == null ? null : value.toPlainString();
            }
            case TEXT -> rs.getString(column);
            case DATE -> string(rs.getObject(column, LocalDate.class));
            case TIME -> string(rs.getObject(column, LocalTime.class));
            case TIMESTAMP -> string(rs.getObject(column, LocalDateTime.class));
            case TIMESTAMP_TZ -> {
                OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
                yield value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC).toString();
            }
            case BINARY -> {
                byte[] value = rs.getBytes(column);
                yield value == null ? null : Base64.getEncoder().encodeToString(value);
            }
            default -> throw new IllegalStateException(name() + " is not written as text");
        };
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    /** Binds a value read from a backup to a parameter whose column has this kind and this JDBC type. */
    public void bind(PreparedStatement statement, int index, JsonNode value, int jdbcType) throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(index, jdbcType);
            return;
        }
        switch (this) {
            case INTEGER -> statement.setLong(index, value.asLong());
            case DECIMAL -> statement.setBigDecimal(index, new BigDecimal(value.asText()));
            case FLOAT -> statement.setDouble(index, value.isNumber() ? value.doubleValue() : Double.parseDouble(value.asText()));
            case BOOLEAN -> statement.setBoolean(index, value.booleanValue());
            case TEXT -> statement.setString(index, value.asText());
            case DATE -> statement.setObject(index, LocalDate.parse(value.asText()));
            case TIME -> statement.setObject(index, LocalTime.parse(value.asText()));
            case TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(value.asText()));
            case TIMESTAMP_TZ -> statement.setObject(index, OffsetDateTime.parse(value.asText()));
            case BINARY -> statement.setBytes(index, Base64.getDecoder().decode(value.asText()));
        }
    }
}
