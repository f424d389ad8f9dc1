package eu.nis2registry.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rows in every table of the registry's schema, written with plain SQL: values that are easy to get subtly wrong
 * in a round trip (microseconds, doubles, nulls, long and non-Latin text, booleans), rows deleted after insertion
 * so that identity values have gaps, one import finished and one interrupted.
 */
final class RegistryFixture {

    static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-04T05:06:07.123456Z");
    static final String EVIDENCE_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final long RUNNING_IMPORT = 2;

    private final Connection connection;

    RegistryFixture(Connection connection) {
        this.connection = connection;
    }

    void fill() throws SQLException {
        for (int i = 1; i <= 3; i++) {
            insert("organization", row("name", "AZ Scheldeland " + i + " — ziekenhuis ✓", "enterprise_number", "0123.456.7" + i + "0",
                    "sector", "Health", "nis2_category", "ESSENTIAL", "created_at", T0, "updated_at", T0.plusNanos(1000)));
        }
        execute("DELETE FROM organization WHERE id = 3");
        insert("organization_email_domain", row("organization_id", 1L, "domain", "azscheldeland.example"));
        insert("supplier", row("name", "MediReg", "enterprise_number", null, "country", "BE", "created_at", T0, "updated_at", T0));
        insert("supplier", row("name", "RemoteDesk", "enterprise_number", "0987.654.321", "country", null, "created_at", T0,
                "updated_at", T0));
        insert("supplier_domain", row("supplier_id", 1L, "domain", "medireg.example"));
        insert("supplier_subcontractor", row("supplier_id", 1L, "subcontractor_id", 2L));
        insert("engagement", row("organization_id", 1L, "supplier_id", 1L, "service", "Patient registration", "access", "ADMIN",
                "criticality", "CRITICAL", "created_at", T0, "updated_at", T0, "next_audit_due", LocalDate.of(2026, 6, 1),
                "last_audit_approved_at", null));
        insert("engagement_service_host", row("engagement_id", 1L, "host", "portal.medireg.example"));
        insert("engagement_data_category", row("engagement_id", 1L, "category", "HEALTH"));
        insert("engagement_contract_clause", row("engagement_id", 1L, "clause", "AUDIT_RIGHT"));
        insert("app_user", row("username", "admin", "password_hash", "$argon2id$v=19$stub", "all_organizations", true,
                "totp_secret", null, "totp_enabled", false, "totp_last_step", 0L, "disabled", false, "created_at", T0));
        insert("app_user", row("username", "ciso", "password_hash", "$argon2id$v=19$stub2", "all_organizations", false,
                "totp_secret", "sealed:AAAA", "totp_enabled", true, "totp_last_step", 58_000_000L, "disabled", false, "created_at", T0));
        insert("app_user_role", row("user_id", 1L, "role", "ADMIN"));
        insert("app_user_organization", row("user_id", 2L, "organization_id", 1L));
        insert("api_token", row("token_hash", "a".repeat(64), "user_id", 1L, "created_at", T0, "expires_at", T0.plusHours(8),
                "enrolment_only", false));
        insert("login_failure", row("account_key", "b".repeat(64), "client_address", "10.0.0.1", "occurred_at", T0));
        insert("audit_trail", row("seq", 1L, "occurred_at", T0, "actor", "admin", "action", "ORGANIZATION_CREATED",
                "entity_type", "Organization", "entity_id", 1L, "organization_id", 1L, "details", "{\"after\":\"" + "x".repeat(5000) + "\"}",
                "prev_hash", "0".repeat(64), "hash", "c".repeat(64)));
        execute("UPDATE audit_trail_head SET last_seq = 1, last_hash = '" + "c".repeat(64) + "'");
        insert("questionnaire_file", row("sha256", "d".repeat(64), "file_name", "post-leak.yaml", "questionnaire_key", "post-leak",
                "questionnaire_version", 1, "content", "key: post-leak\n# Gegevens — données\n", "stored_at", T0));
        insert("audit", row("engagement_id", 1L, "organization_id", 1L, "questionnaire_key", "post-leak", "questionnaire_version", 1,
                "questionnaire_sha256", "d".repeat(64), "status", "APPROVED", "created_by", "officer", "created_at", T0,
                "submitted_by", "officer", "submitted_at", T0, "reviewed_by", "ciso", "reviewed_at", T0, "review_comment", null,
                "score_percent", 0.1 + 0.2, "failed_knock_outs", 0, "claims_mfa", true, "updated_at", T0, "version", 3L,
                "failed_knock_out_ids", null));
        insert("audit_answer", row("audit_id", 1L, "question_id", "mfa", "answer_value", "YES", "answer_comment", null,
                "answered_by", "officer", "answered_at", T0));
        insert("audit_review", row("audit_id", 1L, "decision", "APPROVE", "review_comment", "ok", "reviewer", "ciso", "reviewed_at", T0));
        insert("audit_evidence", row("audit_id", 1L, "question_id", "mfa", "sha256", EVIDENCE_SHA256, "filename", "policy.txt",
                "size", 4L, "content_type", "text/plain", "uploaded_by", "officer", "uploaded_at", T0));
        insert("finding", row("audit_id", 1L, "engagement_id", 1L, "organization_id", 1L, "question_id", "mfa", "source", "AUDIT",
                "title", "MFA", "severity", "HIGH", "status", "OPEN", "owner", "IT", "due_date", LocalDate.of(2026, 9, 1),
                "created_at", T0, "closed_at", null, "closed_by", null, "closing_note", null));
        for (String status : new String[] {"COMPLETED", "RUNNING"}) {
            insert("leak_import", row("status", status, "format", "ULP", "kind", "STEALER_LOG", "source", "feed", "organization_id", null,
                    "uploaded_by", "ciso", "spool_file", status.equals("RUNNING") ? "x.leak" : null, "bytes_total", 100L,
                    "bytes_read", 50L, "lines_read", 2L, "accepted", 1L, "duplicates", 0L, "unmatched", 1L, "rejected", 0L,
                    "skipped", 0L, "error_message", null, "claimed_by", "host:8080/abc", "heartbeat_at", T0, "created_at", T0,
                    "started_at", T0, "finished_at", status.equals("RUNNING") ? null : T0));
        }
        insert("leak_import_reject", row("import_id", 1L, "line_number", 7L, "reason", "fewer than three fields"));
        insert("leak_import_supplier", row("import_id", 1L, "supplier_id", 1L, "observations", 1L, "privileged", 1L));
        for (long importId = 1; importId <= 2; importId++) {
            insert("leak_observation", row("supplier_id", 1L, "organization_id", 1L, "import_id", importId, "host", "portal.medireg.example",
                    "path", "/admin", "kind", "STEALER_LOG", "cookies", true, "malware_family", "RedLine",
                    "compromised_on", LocalDate.of(2026, 2, 1), "source", "feed", "privileged", true, "login_domain", "azscheldeland.example",
                    "masked_login", "j***n@azscheldeland.example", "login_hash", "e".repeat(64), "password_fingerprint", "f".repeat(64),
                    "dedupe_key", Long.toString(importId).repeat(64).substring(0, 64), "created_at", T0));
        }
        insert("leak_aggregate", row("supplier_id", 1L, "organization_id", null, "source", "press", "kind", "STEALER_LOG",
                "records", 71_000L, "stealer_share", 0.9, "privileged", null, "compromised_from", null, "compromised_to", null,
                "reported_on", LocalDate.of(2026, 1, 15), "created_by", "ciso", "created_at", T0));
        insert("exposure_bucket", row("supplier_id", 1L, "organization_id", 0L, "kind", "STEALER_LOG_WITH_COOKIES",
                "month_start", LocalDate.of(2026, 2, 1), "privileged", true, "observations", 1L, "newest_on", LocalDate.of(2026, 2, 1)));
        insert("engagement_risk", row("engagement_id", 1L, "organization_id", 1L, "supplier_id", 1L, "score", 87, "tier", "CRITICAL",
                "inherent", 41.123456789012345, "controls", 1e-7, "exposure", 33.3, "factors", "[{\"code\":\"STEALER_LOG\"}]",
                "model_version", "2026.1", "claim_contradicted", true, "as_of", LocalDate.of(2026, 3, 4), "computed_at", T0));
        insert("risk_snapshot", row("engagement_id", 1L, "score", 87, "tier", "CRITICAL", "inherent", 41.123456789012345,
                "controls", 1e-7, "exposure", 33.3, "factors", "[]", "model_version", "2026.1", "reason", "leak import 1",
                "computed_at", T0));
        insert("scoring_model", row("version", "2026.1", "fingerprint", "1".repeat(64), "first_used_at", T0));
        insert("supplier_exposure", row("supplier_id", 1L, "newest_stealer_log_on_host", LocalDate.of(2026, 2, 1)));
        insert("recovery_code", row("user_id", 2L, "code_hash", "2".repeat(64), "created_at", T0, "used_at", null));
        insert("login_challenge", row("challenge_hash", "3".repeat(64), "user_id", 2L, "created_at", T0, "expires_at", T0.plusMinutes(5)));
    }

    static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        return row;
    }

    void insert(String table, Map<String, Object> row) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                + row.keySet().stream().map(k -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int i = 1;
            for (Object value : row.values()) {
                if (value == null) {
                    insert.setNull(i++, Types.NULL);
                } else {
                    insert.setObject(i++, value);
                }
            }
            insert.executeUpdate();
        }
    }

    void execute(String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
