package eu.nis2registry.inventory.service;

import eu.nis2registry.common.error.Problems;
import eu.nis2registry.common.text.EnterpriseNumbers;
import eu.nis2registry.common.text.Hostnames;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns what people type (domains, enterprise numbers, countries) into canonical values, noting each problem. */
final class Normalizer {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Normalizer() {
    }

    static Set<String> domains(List<String> raw, String field, Problems problems) {
        Set<String> out = new LinkedHashSet<>();
        if (raw == null) {
            return out;
        }
        for (int i = 0; i < raw.size(); i++) {
            String value = raw.get(i);
            String at = field + "[" + i + "]";
            Hostnames.normalizeDomain(value).ifPresentOrElse(out::add,
                    () -> problems.field(at, "is not a domain name (like example.be)"));
        }
        return out;
    }

    static Set<String> hosts(List<String> raw, String field, Problems problems) {
        Set<String> out = new LinkedHashSet<>();
        if (raw == null) {
            return out;
        }
        for (int i = 0; i < raw.size(); i++) {
            String at = field + "[" + i + "]";
            Hostnames.normalizeDomain(raw.get(i)).ifPresentOrElse(out::add,
                    () -> problems.field(at, "is not a host name (like portal.example.be)"));
        }
        return out;
    }

    static String enterpriseNumber(String raw, String field, Problems problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return EnterpriseNumbers.normalize(raw).orElseGet(() -> {
            problems.field(field, "is not a valid Belgian enterprise number (0123.456.749, checked modulo 97)"
                    + " or EU VAT number with its country prefix");
            return null;
        });
    }

    static String country(String raw, String field, Problems problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String code = raw.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            problems.field(field, "is not an ISO 3166-1 two-letter country code (like BE)");
            return null;
        }
        return code;
    }

    static String text(String raw) {
        return raw == null ? null : raw.strip();
    }
}
