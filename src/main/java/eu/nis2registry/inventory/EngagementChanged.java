package eu.nis2registry.inventory;

/** Fired inside the transaction that created or changed an engagement, so that its risk follows. */
public record EngagementChanged(Long engagementId, String reason) {
}
