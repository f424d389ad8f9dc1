package eu.nis2registry.exposure.parse;

import eu.nis2registry.common.text.Hostnames;

/**
 * What may be kept of a login: its email domain and a masked form.
 *
 * <p>Masking keeps the first and last character of the local part and replaces the rest with a
 * fixed "***" (a fixed width hides the length): {@code jan.peeters@azmonica.be} becomes
 * {@code j***s@azmonica.be}. A local part of two characters keeps only its first
 * ({@code jo@x.be} -> {@code j***@x.be}), one character keeps nothing ({@code j@x.be} ->
 * {@code ***@x.be}): keeping first and last there would keep it whole. A login without a valid
 * email domain is masked as a whole local part ({@code admin} -> {@code a***n},
 * {@code CORP\jdoe} -> {@code C***e}). Characters are counted as code points.
 */
public final class Logins {

    private static final String STARS = "***";

    private Logins() {
    }

    /**
     * The login's email domain, normalised: what follows the last '@', when it is a valid domain
     * (see {@link Hostnames#checkDomain}); otherwise null.
     */
    public static String emailDomain(String login) {
        if (login == null) {
            return null;
        }
        int at = login.lastIndexOf('@');
        if (at < 0) {
            return null;
        }
        return Hostnames.checkDomain(login.substring(at + 1)).host();
    }

    public static String mask(String login) {
        return mask(login, emailDomain(login));
    }

    /** As {@link #mask(String)}, with the email domain already computed by {@link #emailDomain}. */
    static String mask(String login, String emailDomain) {
        if (emailDomain == null) {
            return maskPart(login);
        }
        return maskPart(login.substring(0, login.lastIndexOf('@'))) + "@" + emailDomain;
    }

    private static String maskPart(String s) {
        int n = s.codePointCount(0, s.length());
        if (n <= 1) {
            return STARS;
        }
        StringBuilder b = new StringBuilder(STARS.length() + 4);
        b.appendCodePoint(s.codePointAt(0)).append(STARS);
        if (n >= 3) {
            b.appendCodePoint(s.codePointBefore(s.length()));
        }
        return b.toString();
    }
}
