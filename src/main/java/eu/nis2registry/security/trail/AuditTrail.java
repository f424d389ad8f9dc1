package eu.nis2registry.security.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.nis2registry.security.CurrentUser;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Appends to the tamper-evident trail inside the caller's transaction: a change and its trail entry are
 * stored together or not at all.
 */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    public AuditTrail(EntityManager em, ObjectMapper json, Clock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param before the state before the change (a DTO or map; null for a creation)
     * @param after  the state after it (null for a deletion)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Long entityId, Long organizationId, Object before, Object after) {
        recordAs(currentActor(), action, entityType, entityId, organizationId, before, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, String action, String entityType, Long entityId, Long organizationId,
            Object before, Object after) {
        TrailHead head = em.find(TrailHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
        TrailEntry entry = new TrailEntry();
        entry.seq = head.lastSeq + 1;
        entry.occurredAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        entry.actor = actor;
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.organizationId = organizationId;
        entry.details = details(before, after);
        entry.prevHash = head.lastHash;
        entry.hash = TrailHashing.hash(entry);
        entry.persist();
        head.lastSeq = entry.seq;
        head.lastHash = entry.hash;
    }

    private String details(Object before, Object after) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("before", before);
        map.put("after", after);
        try {
            return json.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("trail details cannot be written as JSON: " + e.getOriginalMessage());
        }
    }

    private static String currentActor() {
        if (!Arc.container().requestContext().isActive()) {
            return "system";
        }
        CurrentUser user = Arc.container().instance(CurrentUser.class).get();
        return user.isAuthenticated() ? user.username() : "anonymous";
    }
}
