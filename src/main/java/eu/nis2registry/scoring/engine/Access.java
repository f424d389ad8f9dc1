package eu.nis2registry.scoring.engine;

/** The widest access the supplier has to the organisation's systems, in increasing order. */
public enum Access {
    NONE,
    USER,
    PRIVILEGED
}
