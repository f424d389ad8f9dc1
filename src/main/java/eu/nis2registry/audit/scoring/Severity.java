package eu.nis2registry.audit.scoring;

/** Severity of a finding raised from an audit answer, lowest first. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
