package eu.nis2registry.inventory;

/** An organisation's own facts changed (its NIS2 category): its engagements' risk follows. */
public record OrganizationChanged(Long organizationId, String reason) {
}
