package eu.nis2registry.common.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Legal identifiers of companies: the Belgian enterprise number (KBO/BCE, ten digits with a modulo-97 check,
 * written 0123.456.749) or another EU VAT number with its country prefix.
 */
public final class EnterpriseNumbers {

    /** The VAT prefixes of the EU member states (Greece is EL, Northern Ireland XI), as VIES knows them. */
    private static final Set<String> EU_VAT_PREFIXES = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL",
            "ES", "FI", "FR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI");

    private EnterpriseNumbers() {
    }

    /** The number in its canonical form, or empty when it is not a valid identifier. */
    public static Optional<String> normalize(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = input.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        if (compact.startsWith("BE")) {
            compact = compact.substring(2);
        }
        if (compact.matches("\\d{9}")) {
            compact = "0" + compact;
        }
        if (compact.matches("[01]\\d{9}")) {
            return isBelgianValid(compact)
                    ? Optional.of(compact.substring(0, 4) + "." + compact.substring(4, 7) + "." + compact.substring(7))
                    : Optional.empty();
        }
        // Every EU VAT number holds digits after its prefix; words such as "NOTANUMBER" are no identifier.
        boolean vat = compact.matches("[A-Z]{2}[0-9A-Z]{2,13}") && EU_VAT_PREFIXES.contains(compact.substring(0, 2))
                && compact.substring(2).chars().anyMatch(Character::isDigit);
        return vat ? Optional.of(compact) : Optional.empty();
    }

    static boolean isBelgianValid(String tenDigits) {
        long base = Long.parseLong(tenDigits.substring(0, 8));
        int check = Integer.parseInt(tenDigits.substring(8));
        return 97 - (base % 97) == check;
    }
}
