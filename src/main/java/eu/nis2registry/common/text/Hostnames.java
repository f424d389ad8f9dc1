package eu.nis2registry.common.text;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * Host and domain names in the one form the registry compares: lower case, no trailing dot, internationalised
 * names in their ASCII (punycode) form.
 */
public final class Hostnames {

    private Hostnames() {
    }

    /** The normalised name, or empty when it cannot be a host name. */
    public static Optional<String> normalize(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String trimmed = name.trim();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty() || trimmed.length() > 253) {
            return Optional.empty();
        }
        String ascii;
        try {
            ascii = IDN.toASCII(trimmed, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return isValidAscii(ascii) ? Optional.of(ascii) : Optional.empty();
    }

    /** A domain as a supplier or organisation owns it: a host name with at least two labels. */
    public static Optional<String> normalizeDomain(String name) {
        return normalize(name).filter(d -> d.indexOf('.') > 0 && !d.chars().allMatch(c -> c == '.' || Character.isDigit(c)));
    }

    private static boolean isValidAscii(String host) {
        if (host.isEmpty() || host.length() > 253) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when {@code host} is {@code domain} or lies below it, on a label boundary. */
    public static boolean isAtOrBelow(String host, String domain) {
        return host.equals(domain) || host.length() > domain.length() + 1 && host.endsWith(domain)
                && host.charAt(host.length() - domain.length() - 1) == '.';
    }
}
