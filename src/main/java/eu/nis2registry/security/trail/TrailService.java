package eu.nis2registry.security.trail;

import eu.nis2registry.security.scope.Scope;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reading the trail: entries in the caller's scope, and a walk of the whole chain that finds the first broken link. */
@ApplicationScoped
public class TrailService {

    private static final int WALK_PAGE = 2000;

    private final Scope scope;

    public TrailService(Scope scope) {
        this.scope = scope;
    }

    public record EntryView(long seq, Instant occurredAt, String actor, String action, String entityType, Long entityId,
            Long organizationId, String details, String hash) {
    }

    public record Verification(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem, String headHash) {
    }

    /** Newest first. Entries of no organisation (users, suppliers) are shown to those who see all organisations. */
    public List<EntryView> list(Long organizationId, String entityType, Long entityId, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        Optional<Set<Long>> visible = scope.visibleOrganizations();
        if (visible.isPresent()) {
            query.append(" and organizationId in :visible");
            params.put("visible", visible.get().isEmpty() ? Set.of(-1L) : visible.get());
        }
        if (organizationId != null) {
            query.append(" and organizationId = :org");
            params.put("org", organizationId);
        }
        if (entityType != null && !entityType.isBlank()) {
            query.append(" and entityType = :type");
            params.put("type", entityType);
        }
        if (entityId != null) {
            query.append(" and entityId = :id");
            params.put("id", entityId);
        }
        return TrailEntry.<TrailEntry>find(query.toString(), Sort.descending("seq"), params).page(Page.of(page, size)).list()
                .stream().map(e -> new EntryView(e.seq, e.occurredAt, e.actor, e.action, e.entityType, e.entityId,
                        e.organizationId, e.details, e.hash)).toList();
    }

    /**
     * Recomputes every entry's hash from its fields and the previous entry's hash, in sequence order, and
     * checks the head row: an entry edited, removed or inserted behind the service's back breaks the chain there.
     */
    public Verification verify() {
        String previous = TrailHashing.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        for (int page = 0; ; page++) {
            List<TrailEntry> entries = TrailEntry.<TrailEntry>findAll(Sort.by("seq")).page(Page.of(page, WALK_PAGE)).list();
            if (entries.isEmpty()) {
                break;
            }
            for (TrailEntry entry : entries) {
                checked++;
                if (entry.seq != expectedSeq) {
                    return new Verification(false, checked, expectedSeq, "entry " + expectedSeq + " is missing", null);
                }
                if (!entry.prevHash.equals(previous)) {
                    return new Verification(false, checked, entry.seq, "does not follow the entry before it", null);
                }
                if (!TrailHashing.hash(entry).equals(entry.hash)) {
                    return new Verification(false, checked, entry.seq, "its content no longer matches its hash", null);
                }
                previous = entry.hash;
                expectedSeq++;
            }
            TrailEntry.getEntityManager().clear();
        }
        TrailHead head = TrailHead.findById(1);
        if (head == null || head.lastSeq != expectedSeq - 1 || !head.lastHash.equals(previous)) {
            return new Verification(false, checked, expectedSeq, "the newest entries are missing", null);
        }
        return new Verification(true, checked, null, null, previous);
    }
}
