package eu.nis2registry.scoring.engine;

/** The organisation's category under NIS2. */
public enum Nis2Category {
    ESSENTIAL,
    IMPORTANT,
    NONE
}
