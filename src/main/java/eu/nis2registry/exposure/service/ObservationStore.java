package eu.nis2registry.exposure.service;

import eu.nis2registry.exposure.ExposureBucket;
import eu.nis2registry.exposure.parse.DedupeStore;
import eu.nis2registry.exposure.parse.LeakKind;
import eu.nis2registry.exposure.parse.MatchedBy;
import eu.nis2registry.exposure.parse.ObservationCandidate;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The database side of an import, on one connection owned by the import's thread: each batch is checked
 * against the stored keys and inserted in one round trip each, then committed, so memory does not grow with
 * the file. What it stores is also counted per bucket, for the import's completion to add to the supplier's
 * aggregates.
 */
final class ObservationStore implements DedupeStore {

    private static final String INSERT = "INSERT INTO leak_observation (supplier_id, organization_id, import_id, host, path,"
            + " kind, cookies, malware_family, compromised_on, source, privileged, login_domain, masked_login, login_hash,"
            + " password_fingerprint, dedupe_key, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    /** One bucket's count and newest date, as this import adds them. */
    static final class BucketDelta {
        long observations;
        LocalDate newestOn;
    }

    private final Connection connection;
    private final long importId;
    private final String source;
    private final Instant now;
    private final Map<ExposureBucket.Key, BucketDelta> buckets = new HashMap<>();
    private final Map<Long, LocalDate> newestStealerLogOnHost = new HashMap<>();
    private long lookupNanos;
    private long storeNanos;

    ObservationStore(Connection connection, long importId, String source, Instant now) {
        this.connection = connection;
        this.importId = importId;
        this.source = source;
        this.now = now;
    }

    @Override
    public Set<String> existingKeys(Collection<String> dedupeKeys) {
        Set<String> existing = new HashSet<>();
        if (dedupeKeys.isEmpty()) {
            return existing;
        }
        long started = System.nanoTime();
        String placeholders = String.join(",", java.util.Collections.nCopies(dedupeKeys.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT dedupe_key FROM leak_observation WHERE dedupe_key IN (" + placeholders + ")")) {
            int i = 1;
            for (String key : dedupeKeys) {
                select.setString(i++, key);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getString(1));
                }
            }
            lookupNanos += System.nanoTime() - started;
            return existing;
        } catch (SQLException e) {
            throw new StoreException("cannot look up stored observations", e);
        }
    }

    @Override
    public void store(List<ObservationCandidate> observations) {
        if (observations.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            Timestamp created = Timestamp.from(now);
            for (ObservationCandidate o : observations) {
                insert.setLong(1, o.supplierId());
                if (o.organizationId() == null) {
                    insert.setNull(2, Types.BIGINT);
                } else {
                    insert.setLong(2, o.organizationId());
                }
                insert.setLong(3, importId);
                insert.setString(4, o.host());
                insert.setString(5, truncate(o.path(), 2000));
                insert.setString(6, o.kind().name());
                insert.setBoolean(7, o.cookies());
                insert.setString(8, truncate(o.malwareFamily(), 100));
                insert.setDate(9, Date.valueOf(o.compromisedOn()));
                insert.setString(10, source);
                insert.setBoolean(11, o.privileged());
                insert.setString(12, o.loginEmailDomain());
                insert.setString(13, truncate(o.maskedLogin(), 300));
                insert.setString(14, o.loginHash());
                insert.setString(15, o.passwordFingerprint());
                insert.setString(16, o.dedupeKey());
                insert.setTimestamp(17, created);
                insert.addBatch();
                count(o);
            }
            insert.executeBatch();
            connection.commit();
            storeNanos += System.nanoTime() - started;
        } catch (SQLException e) {
            throw new StoreException("cannot store observations", e);
        }
    }

    private void count(ObservationCandidate o) {
        String kind = o.kind() == LeakKind.STEALER_LOG && o.cookies() ? ExposureBucket.STEALER_LOG_WITH_COOKIES : o.kind().name();
        ExposureBucket.Key key = new ExposureBucket.Key(o.supplierId(), o.organizationId() == null ? 0L : o.organizationId(),
                kind, o.compromisedOn().withDayOfMonth(1), o.privileged());
        if (o.kind() == LeakKind.STEALER_LOG && o.matchedBy() == MatchedBy.HOST) {
            newestStealerLogOnHost.merge(o.supplierId(), o.compromisedOn(), (a, b) -> a.isAfter(b) ? a : b);
        }
        BucketDelta delta = buckets.computeIfAbsent(key, k -> new BucketDelta());
        delta.observations++;
        if (delta.newestOn == null || o.compromisedOn().isAfter(delta.newestOn)) {
            delta.newestOn = o.compromisedOn();
        }
    }

    Map<ExposureBucket.Key, BucketDelta> buckets() {
        return buckets;
    }

    /** Time spent looking up and storing, for the import's log line. */
    String timings() {
        return "lookups " + lookupNanos / 1_000_000 + " ms, inserts " + storeNanos / 1_000_000 + " ms";
    }

    /** Per supplier, the newest stealer-log credential seen on its own hosts by this import. */
    Map<Long, LocalDate> newestStealerLogOnHost() {
        return newestStealerLogOnHost;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Unchecked, to pass through the scanner; carries SQL state, never observation content. */
    static final class StoreException extends RuntimeException {
        StoreException(String message, SQLException cause) {
            super(message + " (SQL state " + cause.getSQLState() + ")", cause);
        }
    }
}
