package eu.nis2registry.audit;

/** Fired inside the transaction of a review decision, so that the engagement's risk follows in the same request. */
public record AuditDecided(Long auditId, Long engagementId, AuditStatus status) {
}
