package eu.nis2registry.exposure.parse;

import java.time.LocalDate;

/**
 * A matched leak line reduced to what may be stored. Holds no plaintext password, no full login,
 * no query string and no cookie: every field may be logged or shown.
 *
 * @param supplierId          the matched supplier
 * @param matchedDomain       the supplier domain that matched (the longest)
 * @param matchedBy           whether the host or the login's email domain matched
 * @param organizationId      the organisation it is attributed to, or null (see {@link AttributionIndex})
 * @param host                the URL's host, normalised (lower case, punycode, no trailing dot)
 * @param path                the URL's path without query string or fragment; "" when none
 * @param kind                the line's own kind, else the import's
 * @param cookies             true when session cookies were stolen too
 * @param malwareFamily       the stealer family, or null
 * @param compromisedOn       the line's own compromise date, else the import day
 * @param privileged          see {@link PrivilegedRules}
 * @param loginEmailDomain    the login's email domain, normalised, or null
 * @param maskedLogin         see {@link Logins}
 * @param loginHash           HMAC-SHA256(login key, login lower-cased, UTF-8), 64 hex digits
 * @param passwordFingerprint HMAC-SHA256(password key, password, UTF-8), 64 hex digits
 * @param dedupeKey           SHA-256 of (host, loginHash, passwordFingerprint), 64 hex digits: equal
 *                            for the same host, login (any case) and password, whatever the scheme, port or path
 */
public record ObservationCandidate(
        long supplierId,
        String matchedDomain,
        MatchedBy matchedBy,
        Long organizationId,
        String host,
        String path,
        LeakKind kind,
        boolean cookies,
        String malwareFamily,
        LocalDate compromisedOn,
        boolean privileged,
        String loginEmailDomain,
        String maskedLogin,
        String loginHash,
        String passwordFingerprint,
        String dedupeKey) {
}
