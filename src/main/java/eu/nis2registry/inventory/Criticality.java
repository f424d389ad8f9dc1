package eu.nis2registry.inventory;

/** How much the organisation's essential services depend on this engagement. */
public enum Criticality {
    LOW, MEDIUM, HIGH, CRITICAL
}
