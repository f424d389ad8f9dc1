package eu.nis2registry.inventory;

/** NIS2 Art. 3: essential and important entities; NONE for organisations outside the directive's scope. */
public enum Nis2Category {
    ESSENTIAL, IMPORTANT, NONE
}
