package eu.nis2registry.security;

/** Names of the attributes a token puts on the SecurityIdentity. */
public final class SecurityAttributes {

    public static final String USER_ID = "registry.userId";
    public static final String ORGANIZATION_IDS = "registry.organizationIds";
    public static final String ALL_ORGANIZATIONS = "registry.allOrganizations";
    public static final String TOKEN_ID = "registry.tokenId";
    /** A token of a user who must enrol two-factor before anything else. */
    public static final String ENROLMENT_ONLY = "registry.enrolmentOnly";

    private SecurityAttributes() {
    }
}
