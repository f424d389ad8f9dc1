package eu.nis2registry.scoring.rest;

import java.util.List;
import java.util.Locale;

/** The registry speaks English, Dutch and French; anything else gets English. */
public final class Languages {

    private static final List<String> SUPPORTED = List.of("en", "nl", "fr");

    private Languages() {
    }

    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (SUPPORTED.contains(language)) {
                    return Locale.forLanguageTag(language);
                }
            }
        } catch (IllegalArgumentException ignored) {
            // A malformed header is no reason to fail the request.
        }
        return Locale.ENGLISH;
    }
}
