package eu.nis2registry.scoring.engine;

/** Where a factor's points come from. */
public enum Component {
    INHERENT,
    CONTROLS,
    EXPOSURE,
    /** Uplift to a minimum tier demanded by a rule; belongs to no component. */
    FLOOR
}
