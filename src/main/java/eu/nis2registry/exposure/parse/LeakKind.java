package eu.nis2registry.exposure.parse;

import java.util.Locale;
import java.util.Optional;

/** Where a leaked credential comes from. */
public enum LeakKind {
    COMBOLIST,
    STEALER_LOG,
    BREACH;

    /**
     * Case-insensitive; '-' and ' ' count as '_' so that "stealer-log" is accepted. Empty when
     * the text names no kind.
     */
    public static Optional<LeakKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (LeakKind k : values()) {
            if (k.name().equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
