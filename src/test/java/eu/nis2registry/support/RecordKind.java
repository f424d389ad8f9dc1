package eu.nis2registry.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of record an operation's path, query or body names, so that tests walking the OpenAPI document can
 * fill them with real ids. A path parameter is known by the segment before it ({@code /audits/{id}}) and must
 * carry one of the names its kind allows: an unknown one is reported, never guessed.
 */
public enum RecordKind {
    ORGANIZATION(true, "organizations", "id", "orgId", "organizationId"),
    ENGAGEMENT(true, "engagements", "id", "engagementId"),
    AUDIT(true, "audits", "id", "auditId"),
    EVIDENCE(true, "evidence", "id", "evidenceId"),
    FINDING(true, "findings", "id", "findingId"),
    LEAK_IMPORT(true, "leak-imports", "id", "importId", "leakImportId"),
    USER(true, "users", "id", "userId"),
    REPORT(true, "reports", "id", "reportId"),
    SUPPLIER(false, "suppliers", "id", "supplierId"),
    SUBCONTRACTOR(false, "subcontractors", "id", "subcontractorId"),
    QUESTIONNAIRE(false, "questionnaires", "key", "questionnaireKey");

    /** Belongs to one organisation (API.md "Scope"); the others are shared by every organisation. */
    public final boolean organizationOwned;
    final String segment;
    final Set<String> names;

    RecordKind(boolean organizationOwned, String segment, String... names) {
        this.organizationOwned = organizationOwned;
        this.segment = segment;
        this.names = Set.of(names);
    }

    /** The kind a body or query field names ("organizationId", "auditId"); "id" and "key" alone name nothing. */
    public static Optional<RecordKind> ofField(String field) {
        if (field == null || field.equals("id") || field.equals("key")) {
            return Optional.empty();
        }
        for (RecordKind kind : values()) {
            if (kind.names.contains(field)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind a list field names ("organizationIds"). */
    public static Optional<RecordKind> ofListField(String field) {
        return field != null && field.endsWith("Ids") ? ofField(field.substring(0, field.length() - 1)) : Optional.empty();
    }

    /** Path parameter name to kind, in path order; problems name what cannot be mapped. */
    public static Map<String, RecordKind> ofPath(String path, List<String> problems) {
        Map<String, RecordKind> kinds = new LinkedHashMap<>();
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length; i++) {
            if (!segments[i].startsWith("{")) {
                continue;
            }
            String name = segments[i].substring(1, segments[i].length() - 1);
            String before = i > 0 ? segments[i - 1] : "";
            Optional<RecordKind> kind = java.util.Arrays.stream(values()).filter(k -> k.segment.equals(before)).findFirst();
            if (kind.isEmpty()) {
                problems.add("path parameter {" + name + "} follows '" + before + "', a context the test does not know");
            } else if (!kind.get().names.contains(name)) {
                problems.add("path parameter {" + name + "} under '" + before + "' is none of " + kind.get().names);
            } else {
                kinds.put(name, kind.get());
            }
        }
        return kinds;
    }
}
