package eu.nis2registry.inventory;

/**
 * The contract clauses Implementing Regulation (EU) 2024/2690, Annex point 5.1.4 (a) to (h), asks an entity
 * to consider in its agreements with suppliers.
 */
public enum ContractClause {
    /** (a) cybersecurity requirements for the services or products. */
    SECURITY_REQUIREMENTS,
    /** (b) skills and training of the supplier's staff. */
    SKILLS_AND_TRAINING,
    /** (c) background checks of the supplier's staff. */
    BACKGROUND_CHECKS,
    /** (d) notification of incidents without undue delay. */
    INCIDENT_NOTIFICATION,
    /** (e) the right to audit or to receive audit reports. */
    AUDIT_RIGHT,
    /** (f) handling of vulnerabilities. */
    VULNERABILITY_HANDLING,
    /** (g) subcontracting. */
    SUBCONTRACTING,
    /** (h) obligations at termination: return and disposal of information. */
    TERMINATION
}
