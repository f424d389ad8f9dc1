package eu.nis2registry.scoring.engine;

/**
 * The stable list of factor codes. A code keeps its meaning for ever; a new rule gets a new code.
 * The list is documented in src/docs/scoring.md, and a test keeps the two in agreement.
 */
public enum FactorCode {
    DATA_CATEGORIES(Component.INHERENT),
    ACCESS_LEVEL(Component.INHERENT),
    CRITICALITY(Component.INHERENT),
    NIS2_ENTITY(Component.INHERENT),

    NO_AUDIT(Component.CONTROLS),
    AUDIT_GAPS(Component.CONTROLS),
    KNOCKOUT_FAILED(Component.CONTROLS),
    CLAIM_CONTRADICTED(Component.CONTROLS),
    STEALER_LOGS_WITHOUT_MFA(Component.CONTROLS),
    REASSESSMENT_OVERDUE(Component.CONTROLS),

    PRIVILEGED_STEALER_LOG(Component.EXPOSURE),
    STEALER_LOG_COOKIES(Component.EXPOSURE),
    STEALER_LOG(Component.EXPOSURE),
    COMBOLIST(Component.EXPOSURE),
    BREACH(Component.EXPOSURE),
    AGGREGATE_LEAK(Component.EXPOSURE),
    SUBCONTRACTOR_EXPOSURE(Component.EXPOSURE),

    KNOCKOUT_FLOOR(Component.FLOOR),
    PRIVILEGED_STEALER_FLOOR(Component.FLOOR);

    private final Component component;

    FactorCode(Component component) {
        this.component = component;
    }

    public Component component() {
        return component;
    }
}
