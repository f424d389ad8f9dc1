package eu.nis2registry.scoring.engine;

/**
 * Kind of leak observation, from the most to the least dangerous per record. The model's kind
 * weights and half-lives must follow this order (see {@link ScoringModel.ExposureWeights}).
 */
public enum ObservationKind {
    STEALER_LOG_WITH_COOKIES,
    STEALER_LOG,
    COMBOLIST,
    BREACH,
    /** A leak known only by its size (a press report): a record count and a stealer share. */
    AGGREGATE_ONLY;

    boolean isStealerLog() {
        return this == STEALER_LOG || this == STEALER_LOG_WITH_COOKIES;
    }
}
