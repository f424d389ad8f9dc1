package eu.nis2registry.audit.questionnaire;

/**
 * A statement a supplier makes by answering YES to a question tagged with it. The risk model
 * compares claims with what is observed (SCORING.md item 6), so a claim must be exact.
 */
public enum Claim {
    /** Multi-factor authentication is enforced on every login to the service. */
    MFA_ENFORCED
}
