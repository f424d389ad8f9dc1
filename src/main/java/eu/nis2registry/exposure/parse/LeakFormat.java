package eu.nis2registry.exposure.parse;

import java.util.Locale;
import java.util.Optional;

/** The leak file formats of LEAK-FORMATS.md. */
public enum LeakFormat {
    /** "URL:login:password", one credential a line. */
    ULP,
    /** RFC 4180 with a header row naming the columns. */
    CSV,
    /** One JSON object a line. */
    JSONL;

    /** Case-insensitive; empty when the name is not a format. */
    public static Optional<LeakFormat> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
