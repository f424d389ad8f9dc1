package eu.nis2registry.scoring.engine;

/** What kind of data the supplier handles for the organisation. */
public enum DataCategory {
    HEALTH,
    PERSONAL,
    CREDENTIALS,
    FINANCIAL
}
