package eu.nis2registry.security;

/** The four roles of the brief; the String constants serve {@code @RolesAllowed}. */
public enum Role {
    ADMIN, COMPLIANCE_OFFICER, CISO, AUDITOR;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String COMPLIANCE_OFFICER_NAME = "COMPLIANCE_OFFICER";
    public static final String CISO_NAME = "CISO";
    public static final String AUDITOR_NAME = "AUDITOR";
}
