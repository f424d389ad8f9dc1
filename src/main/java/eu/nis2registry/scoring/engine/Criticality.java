package eu.nis2registry.scoring.engine;

/** How much the organisation depends on the supplier's service, in increasing order. */
public enum Criticality {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
