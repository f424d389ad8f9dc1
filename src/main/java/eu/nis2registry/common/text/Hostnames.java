package eu.nis2registry.common.text;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * Host and domain names in the one form the registry compares them in: lower case, no trailing
 * dot, internationalised labels in their ASCII (punycode) form.
 *
 * <p>A host is any name a URL can carry, IPv4 addresses included. A domain (a supplier's or an
 * organisation's) is a host with at least two labels whose last label is not all digits, so an
 * IP address is never a domain.
 *
 * <p>Problem messages describe the problem and never quote the input: hosts come from leak files,
 * next to passwords.
 */
public final class Hostnames {

    public static final int MAX_LENGTH = 253;
    public static final int MAX_LABEL_LENGTH = 63;

    /** Why a text is not a host, in order of precedence when several apply. */
    public enum Problem {
        EMPTY("empty host"),
        INVALID_CHARACTER("host has a character a host cannot have"),
        INVALID_IDN("host is not a valid internationalised name"),
        EMPTY_LABEL("host has an empty label"),
        LABEL_TOO_LONG("host has a label longer than 63 characters"),
        TOO_LONG("host longer than 253 characters"),
        NOT_A_DOMAIN("not a domain name (two labels at least, not an IP address)");

        private final String message;

        Problem(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** Outcome of {@link #check}: either a normalised host or the problem, never both. */
    public record Checked(String host, Problem problem) {
        public boolean isValid() {
            return problem == null;
        }
    }

    /** Thrown by the {@code ...OrThrow} methods; the message never contains the input. */
    public static final class InvalidHostException extends IllegalArgumentException {
        private final transient Problem problem;

        InvalidHostException(Problem problem) {
            super(problem.message());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private Hostnames() {
    }

    /** Lower-case letters, digits, '-' and '_': the characters a normalised label may hold. */
    public static boolean isAsciiHostChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    public static Checked check(String text) {
        if (text == null || text.isEmpty()) {
            return problem(Problem.EMPTY);
        }
        String s = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        if (s.isEmpty()) {
            return problem(Problem.EMPTY);
        }
        if (!isAscii(s)) {
            try {
                s = IDN.toASCII(s.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return problem(Problem.INVALID_IDN);
            }
        }
        return checkAscii(s);
    }

    public static Optional<String> normalize(String text) {
        return Optional.ofNullable(check(text).host());
    }

    public static String normalizeOrThrow(String text) {
        Checked c = check(text);
        if (!c.isValid()) {
            throw new InvalidHostException(c.problem());
        }
        return c.host();
    }

    public static Checked checkDomain(String text) {
        Checked c = check(text);
        if (c.isValid() && !hasDomainShape(c.host())) {
            return problem(Problem.NOT_A_DOMAIN);
        }
        return c;
    }

    public static boolean isValidDomain(String text) {
        return checkDomain(text).isValid();
    }

    public static Optional<String> normalizeDomain(String text) {
        return Optional.ofNullable(checkDomain(text).host());
    }

    public static String normalizeDomainOrThrow(String text) {
        Checked c = checkDomain(text);
        if (!c.isValid()) {
            throw new InvalidHostException(c.problem());
        }
        return c.host();
    }

    /** True when {@code host} equals {@code domain} or ends with "." + domain; both normalised. */
    public static boolean isSameOrBelow(String host, String domain) {
        int extra = host.length() - domain.length();
        return host.endsWith(domain) && (extra == 0 || (extra > 0 && host.charAt(extra - 1) == '.'));
    }

    public static boolean isIpv4Address(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !allDigits(p) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDomainShape(String host) {
        int lastDot = host.lastIndexOf('.');
        return lastDot > 0 && !allDigits(host.substring(lastDot + 1));
    }

    private static Checked checkAscii(String s) {
        int len = s.length();
        char[] lower = new char[len];
        boolean emptyLabel = false;
        boolean longLabel = false;
        int label = 0;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c == '.') {
                emptyLabel |= label == 0;
                longLabel |= label > MAX_LABEL_LENGTH;
                label = 0;
            } else if (isAsciiHostChar(c)) {
                label++;
            } else {
                return problem(Problem.INVALID_CHARACTER);
            }
            lower[i] = c;
        }
        emptyLabel |= label == 0;
        longLabel |= label > MAX_LABEL_LENGTH;
        if (emptyLabel) {
            return problem(Problem.EMPTY_LABEL);
        }
        if (longLabel) {
            return problem(Problem.LABEL_TOO_LONG);
        }
        if (len > MAX_LENGTH) {
            return problem(Problem.TOO_LONG);
        }
        return new Checked(new String(lower), null);
    }

    private static Checked problem(Problem p) {
        return new Checked(null, p);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
