package eu.nis2registry.exposure.parse;

import eu.nis2registry.common.text.Hostnames;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When a leaked credential counts as privileged (administrative or remote access). Configuration,
 * all comparisons case-insensitive. An observation is privileged when any rule holds:
 * <ul>
 * <li>{@code loginNames}: the login's local part equals one of them. The local part is the login
 * before its last '@' and after its last '\' ({@code CORP\admin} is {@code admin}).</li>
 * <li>{@code loginPrefixes}: the local part starts with one of them.</li>
 * <li>{@code hostLabelPrefixes}: a label of the host, other than its last two, starts with one
 * of them ({@code vpn.itserv.be}, {@code vpn2.eu.itserv.be}). The last two labels are left out
 * so that a supplier called {@code remotecare.be} does not make all its hosts privileged. IP
 * addresses have no such labels.</li>
 * <li>{@code pathFragments}: the path (query string already dropped) contains one of them.</li>
 * </ul>
 * Defaults ({@link #defaults()}), after LEAK-FORMATS.md: login names admin, administrator, root,
 * beheer, support; login prefixes adm-, admin.; host label prefixes admin, vpn, citrix, remote,
 * rdweb; path fragments /admin, /wp-admin, /vpn, /rdweb.
 */
public record PrivilegedRules(Set<String> loginNames, List<String> loginPrefixes,
        List<String> hostLabelPrefixes, List<String> pathFragments) {

    public static final List<String> DEFAULT_LOGIN_NAMES =
            List.of("admin", "administrator", "root", "beheer", "support");
    public static final List<String> DEFAULT_LOGIN_PREFIXES = List.of("adm-", "admin.");
    public static final List<String> DEFAULT_HOST_LABEL_PREFIXES =
            List.of("admin", "vpn", "citrix", "remote", "rdweb");
    public static final List<String> DEFAULT_PATH_FRAGMENTS = List.of("/admin", "/wp-admin", "/vpn", "/rdweb");

    /**
     * Lower-cases and trims the entries and drops blank ones, so configuration may be sloppy; a
     * host label prefix may be written with its dot ("vpn." is "vpn").
     */
    public PrivilegedRules {
        loginNames = Set.copyOf(clean(loginNames));
        loginPrefixes = List.copyOf(clean(loginPrefixes));
        hostLabelPrefixes = clean(hostLabelPrefixes).stream().map(PrivilegedRules::withoutTrailingDot)
                .filter(p -> !p.isEmpty()).distinct().toList();
        pathFragments = List.copyOf(clean(pathFragments));
    }

    public static PrivilegedRules defaults() {
        return new PrivilegedRules(Set.copyOf(DEFAULT_LOGIN_NAMES), DEFAULT_LOGIN_PREFIXES,
                DEFAULT_HOST_LABEL_PREFIXES, DEFAULT_PATH_FRAGMENTS);
    }

    /** From configuration lists (e.g. comma-separated properties); a null list means no rule of that kind. */
    public static PrivilegedRules of(List<String> loginNames, List<String> loginPrefixes,
            List<String> hostLabelPrefixes, List<String> pathFragments) {
        return new PrivilegedRules(loginNames == null ? Set.of() : Set.copyOf(loginNames),
                orEmpty(loginPrefixes), orEmpty(hostLabelPrefixes), orEmpty(pathFragments));
    }

    /**
     * @param login the login (any case)
     * @param host  the normalised host
     * @param path  the path without query string, or null/empty
     */
    public boolean isPrivileged(String login, String host, String path) {
        return loginIsPrivileged(login) || hostIsPrivileged(host) || pathIsPrivileged(path);
    }

    boolean loginIsPrivileged(String login) {
        if (login == null) {
            return false;
        }
        String local = login.toLowerCase(Locale.ROOT);
        int at = local.lastIndexOf('@');
        if (at >= 0) {
            local = local.substring(0, at);
        }
        local = local.substring(local.lastIndexOf('\\') + 1).trim();
        if (loginNames.contains(local)) {
            return true;
        }
        for (String p : loginPrefixes) {
            if (local.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    boolean hostIsPrivileged(String host) {
        if (host == null || hostLabelPrefixes.isEmpty() || Hostnames.isIpv4Address(host)) {
            return false;
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        for (int i = 0; i < labels.length - 2; i++) {
            for (String p : hostLabelPrefixes) {
                if (labels[i].startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean pathIsPrivileged(String path) {
        if (path == null || path.isEmpty()) {
            return false;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        for (String f : pathFragments) {
            if (lower.contains(f)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> clean(Collection<String> values) {
        Set<String> out = new LinkedHashSet<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    out.add(v.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    private static String withoutTrailingDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
