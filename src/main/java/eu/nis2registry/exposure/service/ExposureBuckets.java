package eu.nis2registry.exposure.service;

import eu.nis2registry.exposure.ExposureBucket;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/** Adds an import's counts to the per-supplier aggregates: update the row, or insert it when it is new. */
final class ExposureBuckets {

    private ExposureBuckets() {
    }

    static void add(Connection connection, Map<ExposureBucket.Key, ObservationStore.BucketDelta> deltas) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE exposure_bucket SET observations = observations + ?,"
                + " newest_on = CASE WHEN newest_on < ? THEN ? ELSE newest_on END"
                + " WHERE supplier_id = ? AND organization_id = ? AND kind = ? AND month_start = ? AND privileged = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO exposure_bucket (supplier_id, organization_id,"
                     + " kind, month_start, privileged, observations, newest_on) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<ExposureBucket.Key, ObservationStore.BucketDelta> entry : deltas.entrySet()) {
                ExposureBucket.Key key = entry.getKey();
                ObservationStore.BucketDelta delta = entry.getValue();
                Date newest = Date.valueOf(delta.newestOn);
                update.setLong(1, delta.observations);
                update.setDate(2, newest);
                update.setDate(3, newest);
                update.setLong(4, key.supplierId);
                update.setLong(5, key.organizationId);
                update.setString(6, key.kind);
                update.setDate(7, Date.valueOf(key.month));
                update.setBoolean(8, key.privileged);
                if (update.executeUpdate() == 0) {
                    insert.setLong(1, key.supplierId);
                    insert.setLong(2, key.organizationId);
                    insert.setString(3, key.kind);
                    insert.setDate(4, Date.valueOf(key.month));
                    insert.setBoolean(5, key.privileged);
                    insert.setLong(6, delta.observations);
                    insert.setDate(7, newest);
                    insert.executeUpdate();
                }
            }
        }
    }

    static void newestStealerLogs(Connection connection, Map<Long, java.time.LocalDate> newest) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE supplier_exposure SET newest_stealer_log_on_host = ?"
                + " WHERE supplier_id = ? AND newest_stealer_log_on_host < ?");
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM supplier_exposure WHERE supplier_id = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO supplier_exposure (supplier_id, newest_stealer_log_on_host) VALUES (?, ?)")) {
            for (Map.Entry<Long, java.time.LocalDate> entry : newest.entrySet()) {
                Date date = Date.valueOf(entry.getValue());
                exists.setLong(1, entry.getKey());
                boolean known;
                try (var rs = exists.executeQuery()) {
                    known = rs.next();
                }
                if (known) {
                    update.setDate(1, date);
                    update.setLong(2, entry.getKey());
                    update.setDate(3, date);
                    update.executeUpdate();
                } else {
                    insert.setLong(1, entry.getKey());
                    insert.setDate(2, date);
                    insert.executeUpdate();
                }
            }
        }
    }
}
