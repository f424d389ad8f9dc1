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
     * Entries appended while the walk runs are walked too: an entry and the head row it moves commit together, so
     * a head ahead of the walk means either newer entries to read or missing ones, and a head behind it a forgery.
     */
    public Verification verify() {
        String previous = TrailHashing.GENESIS;
        long newest = 0;
        long checked = 0;
        while (true) {
            for (List<TrailEntry> entries = after(newest); !entries.isEmpty(); entries = after(newest)) {
                for (TrailEntry entry : entries) {
                    checked++;
                    if (entry.seq != newest + 1) {
                        return new Verification(false, checked, newest + 1, "entry " + (newest + 1) + " is missing", null);
                    }
                    if (!entry.prevHash.equals(previous)) {
                        return new Verification(false, checked, entry.seq, "does not follow the entry before it", null);
                    }
                    if (!TrailHashing.hash(entry).equals(entry.hash)) {
                        return new Verification(false, checked, entry.seq, "its content no longer matches its hash", null);
                    }
                    previous = entry.hash;
                    newest = entry.seq;
                }
            }
            TrailHead head = TrailHead.findById(1);
            if (head == null) {
                return new Verification(false, checked, newest + 1, "the trail's head record is missing", null);
            }
            if (head.lastSeq < newest) {
                return new Verification(false, checked, head.lastSeq + 1, "was added after the newest entry the trail recorded", null);
            }
            if (head.lastSeq == newest) {
                if (!head.lastHash.equals(previous)) {
                    // The newest entry was rewritten with a hash recomputed to fit: only the head knows the original.
                    return new Verification(false, checked, newest, "no longer matches the hash the trail recorded for it", null);
                }
                return new Verification(true, checked, null, null, previous);
            }
            if (TrailEntry.count("seq > ?1", newest) == 0) {
                return new Verification(false, checked, newest + 1, "the newest entries are missing", null);
            }
        }
    }

    /** The next entries after {@code seq}, read afresh: the walk holds no more than one page in memory. */
    private static List<TrailEntry> after(long seq) {
        TrailEntry.getEntityManager().clear();
        return TrailEntry.<TrailEntry>find("seq > ?1", Sort.by("seq"), seq).page(Page.of(0, WALK_PAGE)).list();
    }
}
