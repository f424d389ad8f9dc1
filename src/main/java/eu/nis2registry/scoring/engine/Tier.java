package eu.nis2registry.scoring.engine;

/** Risk tier, in increasing order; thresholds are in {@link ScoringModel.Thresholds}. */
public enum Tier {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
