package eu.nis2registry.audit.finding;

/** OPEN until fixed (RESOLVED) or consciously carried (ACCEPTED, by a CISO with a reason). */
public enum FindingStatus {
    OPEN, RESOLVED, ACCEPTED
}
