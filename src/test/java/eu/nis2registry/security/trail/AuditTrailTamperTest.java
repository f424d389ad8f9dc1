package eu.nis2registry.security.trail;

import eu.nis2registry.support.Api;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Changes the trail behind the service's back, through JDBC as someone with database access would, and expects
 * GET /api/audit-trail/verify to name the first broken entry. Every change is undone in a finally block: all
 * test classes share this database, and an unrestored trail would break every later verification.
 */
@QuarkusTest
class AuditTrailTamperTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void onlyAdminAndAuditorMayVerify() {
        long org = Api.createOrganization(Api.unique("AZ Trail roles"));
        as(Api.admin()).get("/api/audit-trail/verify").then().statusCode(200);
        as(Api.user("AUDITOR", List.of(org)).token()).get("/api/audit-trail/verify").then().statusCode(200);
        for (String role : List.of("COMPLIANCE_OFFICER", "CISO")) {
            as(Api.user(role, List.of(org)).token()).get("/api/audit-trail/verify").then().spec(Api.error(403, "forbidden"));
        }
        Api.anonymous().get("/api/audit-trail/verify").then().spec(Api.error(401, "unauthorized"));
    }

    @Test
    void anEditedDetailIsReportedAtItsEntry() throws SQLException {
        long seq = entriesInTheMiddle(1).get(0);
        frozen(newest -> {
            Map<String, Object> original = row(seq);
            try {
                update("UPDATE audit_trail SET details = ? WHERE seq = ?",
                        ((String) original.get("details")).replace("}", ", \"quietly\": \"changed\"}"), seq);
                assertBrokenAt(seq, "content");
            } finally {
                update("UPDATE audit_trail SET details = ? WHERE seq = ?", original.get("details"), seq);
            }
        });
    }

    @Test
    void aDeletedEntryIsReportedAsMissing() throws SQLException {
        long seq = entriesInTheMiddle(1).get(0);
        frozen(newest -> {
            Map<String, Object> original = row(seq);
            try {
                assertThat(update("DELETE FROM audit_trail WHERE seq = ?", seq)).isEqualTo(1);
                assertBrokenAt(seq, "missing");
            } finally {
                insert(original);
            }
        });
    }

    @Test
    void aDeletedNewestEntryIsReportedAsMissing() throws SQLException {
        entriesInTheMiddle(1);
        frozen(newest -> {
            Map<String, Object> original = row(newest);
            try {
                update("DELETE FROM audit_trail WHERE seq = ?", newest);
                assertBrokenAt(newest, "missing");
            } finally {
                insert(original);
            }
        });
    }

    @Test
    void twoSwappedEntriesAreReportedAtTheFirst() throws SQLException {
        List<Long> pair = entriesInTheMiddle(2);
        long first = pair.get(0);
        long second = pair.get(1);
        frozen(newest -> {
            try {
                swapSeq(first, second);
                assertBrokenAt(first, "follow");
            } finally {
                swapSeq(second, first);
            }
        });
    }

    /**
     * Someone who edits an entry and recomputes its hash (the hash is public: no key) still breaks the link
     * from the entry after it.
     */
    @Test
    void aForgedEntryWithARecomputedHashIsReportedAtTheNextEntry() throws SQLException {
        List<Long> pair = entriesInTheMiddle(2);
        frozen(newest -> forge(pair.get(0), pair.get(1), "follow"));
    }

    /** The newest entry has no entry after it to give it away: the head row, which keeps its hash, does. */
    @Test
    void aForgedNewestEntryWithARecomputedHashIsReportedAtItself() throws SQLException {
        entriesInTheMiddle(1);
        frozen(newest -> forge(newest, newest, "no longer matches"));
    }

    @Test
    void aForgedEntryAppendedAfterTheNewestIsReportedAtItself() throws SQLException {
        entriesInTheMiddle(1);
        frozen(newest -> {
            TrailEntry last = entryOf(row(newest));
            TrailEntry forged = new TrailEntry();
            forged.seq = newest + 1;
            forged.occurredAt = last.occurredAt.plusMillis(1);
            forged.actor = "admin";
            forged.action = "USER_UPDATED";
            forged.entityType = "User";
            forged.entityId = 1L;
            forged.details = "{\"before\":null,\"after\":{\"roles\":[\"ADMIN\"]}}";
            forged.prevHash = rowHash(newest);
            forged.hash = TrailHashing.hash(forged);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("seq", forged.seq);
            row.put("occurred_at", OffsetDateTime.ofInstant(forged.occurredAt, java.time.ZoneOffset.UTC));
            row.put("actor", forged.actor);
            row.put("action", forged.action);
            row.put("entity_type", forged.entityType);
            row.put("entity_id", forged.entityId);
            row.put("details", forged.details);
            row.put("prev_hash", forged.prevHash);
            row.put("hash", forged.hash);
            try {
                insert(row);
                assertBrokenAt(newest + 1, "added after");
            } finally {
                update("DELETE FROM audit_trail WHERE seq = ?", newest + 1);
            }
        });
    }

    /** Entries appended while the walk runs are neither missing nor forged. */
    @Test
    void theTrailStaysIntactWhileOthersWrite() throws Exception {
        String admin = Api.admin();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 45; i++) {
                writes.add(writers.submit(() -> Api.createOrganization(Api.unique("AZ Trail busy"))));
            }
            List<String> results = new ArrayList<>();
            while (writes.stream().anyMatch(w -> !w.isDone())) {
                JsonPath result = as(admin).get("/api/audit-trail/verify").then().statusCode(200).extract().jsonPath();
                if (!result.getBoolean("intact")) {
                    results.add(result.prettify());
                }
            }
            for (Future<?> write : writes) {
                write.get(60, TimeUnit.SECONDS);
            }
            assertThat(results).as("verifications during writes that reported a broken trail").isEmpty();
        } finally {
            writers.shutdownNow();
        }
        assertIntact();
    }

    private void forge(long seq, long reportedAt, String problemWord) throws SQLException {
        Map<String, Object> original = row(seq);
        try {
            TrailEntry entry = entryOf(original);
            entry.actor = "someone-else";
            entry.details = "{\"before\":null,\"after\":{\"name\":\"forged\"}}";
            entry.hash = TrailHashing.hash(entry);
            update("UPDATE audit_trail SET actor = ?, details = ?, hash = ? WHERE seq = ?", entry.actor, entry.details,
                    entry.hash, seq);
            assertBrokenAt(reportedAt, problemWord);
        } finally {
            update("UPDATE audit_trail SET actor = ?, details = ?, hash = ? WHERE seq = ?", original.get("actor"),
                    original.get("details"), original.get("hash"), seq);
        }
    }

    interface Tampering {
        void with(long newestSeq) throws SQLException;
    }

    /**
     * Holds the trail's head row locked while it is tampered with and verified, so that no other writer appends
     * (and fails on a forged seq) meanwhile: writers wait, readers such as verify do not. Checks the trail is
     * intact before and, restored, after.
     */
    private void frozen(Tampering tampering) throws SQLException {
        auditor();
        assertIntact();
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            long newest;
            try (PreparedStatement s = lock.prepareStatement("SELECT last_seq FROM audit_trail_head WHERE id = 1 FOR UPDATE");
                    ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                newest = rs.getLong(1);
            }
            try {
                tampering.with(newest);
            } finally {
                lock.rollback();
            }
        }
        assertIntact();
    }

    private String rowHash(long seq) throws SQLException {
        return (String) row(seq).get("hash");
    }

    /** Seqs of consecutive entries of this test's own organisations, with newer entries after them. */
    private List<Long> entriesInTheMiddle(int count) {
        long first = 0;
        for (int i = 0; i <= count; i++) {
            long org = Api.createOrganization(Api.unique("AZ Trail"));
            List<Long> seqs = as(Api.admin()).queryParam("organizationId", org).get("/api/audit-trail")
                    .then().statusCode(200).extract().jsonPath().getList("seq", Long.class);
            assertThat(seqs).as("trail entries of a new organisation").isNotEmpty();
            if (i == 0) {
                first = seqs.stream().mapToLong(Long::longValue).min().orElseThrow();
            }
        }
        List<Long> seqs = new ArrayList<>();
        for (long s = first; s < first + count; s++) {
            seqs.add(s);
        }
        return seqs;
    }

    private static void assertIntact() {
        as(Api.admin()).get("/api/audit-trail/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("firstBrokenSeq", equalTo(null));
    }

    private static void assertBrokenAt(long seq, String problemWord) {
        for (String token : List.of(Api.admin(), auditor())) {
            JsonPath result = as(token).get("/api/audit-trail/verify").then().statusCode(200).extract().jsonPath();
            assertThat(result.getBoolean("intact")).isFalse();
            assertThat(result.getLong("firstBrokenSeq")).isEqualTo(seq);
            assertThat(result.getString("problem")).contains(problemWord);
        }
    }

    private static String auditorToken;

    private static synchronized String auditor() {
        if (auditorToken == null) {
            auditorToken = Api.user("AUDITOR", List.of(Api.createOrganization(Api.unique("AZ Trail audit")))).token();
        }
        return auditorToken;
    }

    private Map<String, Object> row(long seq) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT * FROM audit_trail WHERE seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("trail entry %d", seq).isTrue();
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT), rs.getObject(i));
                }
                return row;
            }
        }
    }

    private void insert(Map<String, Object> row) throws SQLException {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
        update("INSERT INTO audit_trail (" + columns + ") VALUES (" + marks + ")", row.values().toArray());
    }

    /** Seq is unique: one entry parks on a negative seq while the other moves. */
    private void swapSeq(long a, long b) throws SQLException {
        update("UPDATE audit_trail SET seq = ? WHERE seq = ?", -a, a);
        update("UPDATE audit_trail SET seq = ? WHERE seq = ?", a, b);
        update("UPDATE audit_trail SET seq = ? WHERE seq = ?", b, -a);
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    private static TrailEntry entryOf(Map<String, Object> row) {
        TrailEntry e = new TrailEntry();
        e.seq = ((Number) row.get("seq")).longValue();
        e.occurredAt = instant(row.get("occurred_at"));
        e.actor = (String) row.get("actor");
        e.action = (String) row.get("action");
        e.entityType = (String) row.get("entity_type");
        e.entityId = row.get("entity_id") == null ? null : ((Number) row.get("entity_id")).longValue();
        e.organizationId = row.get("organization_id") == null ? null : ((Number) row.get("organization_id")).longValue();
        e.details = (String) row.get("details");
        e.prevHash = (String) row.get("prev_hash");
        return e;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("occurred_at read as " + value.getClass());
    }
}
