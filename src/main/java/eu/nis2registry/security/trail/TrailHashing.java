package eu.nis2registry.security.trail;

import eu.nis2registry.common.crypto.Hashes;

import java.util.Objects;

/** The hash that chains one entry to the one before it; every stored field takes part. */
final class TrailHashing {

    static final String GENESIS = "0".repeat(64);

    private TrailHashing() {
    }

    static String hash(TrailEntry e) {
        String canonical = String.join("\u001f",
                e.prevHash, Long.toString(e.seq), e.occurredAt.toString(), e.actor, e.action, e.entityType,
                Objects.toString(e.entityId, ""), Objects.toString(e.organizationId, ""), e.details);
        return Hashes.sha256Hex(canonical);
    }
}
