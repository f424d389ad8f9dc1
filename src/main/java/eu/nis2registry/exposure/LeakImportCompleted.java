package eu.nis2registry.exposure;

import java.util.Set;

/** Fired after an import's completion is committed: the risk of exactly these suppliers' engagements follows. */
public record LeakImportCompleted(Long importId, Set<Long> supplierIds) {
}
