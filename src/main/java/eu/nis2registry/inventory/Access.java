package eu.nis2registry.inventory;

/** How far into the organisation a supplier reaches: none, as a user, or with administrator rights. */
public enum Access {
    NONE, USER, PRIVILEGED
}
