package eu.nis2registry.inventory;

/** What kind of data a supplier handles for the organisation. */
public enum DataCategory {
    HEALTH, PERSONAL, CREDENTIALS, FINANCIAL
}
