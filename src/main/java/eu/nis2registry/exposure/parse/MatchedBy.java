package eu.nis2registry.exposure.parse;

/** What tied an observation to its supplier. */
public enum MatchedBy {
    /** The URL's host is the supplier's domain or below it. */
    HOST,
    /** The host is not the supplier's, but the login's email domain is (the supplier's own staff). */
    LOGIN_DOMAIN
}
