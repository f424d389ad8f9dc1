package eu.nis2registry.web.session;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.List;
import java.util.Locale;

/**
 * The page language: English, Dutch or French. A choice made with the switch in the header is remembered in a
 * cookie; otherwise the browser's Accept-Language decides.
 */
public final class Lang {

    public static final String COOKIE = "registry_lang";
    public static final List<String> SUPPORTED = List.of("en", "nl", "fr");

    private Lang() {
    }

    public static String of(HttpHeaders headers) {
        var cookie = headers.getCookies().get(COOKIE);
        if (cookie != null && SUPPORTED.contains(cookie.getValue())) {
            return cookie.getValue();
        }
        for (Locale locale : headers.getAcceptableLanguages()) {
            String language = locale.getLanguage().toLowerCase(Locale.ROOT);
            if (SUPPORTED.contains(language)) {
                return language;
            }
        }
        return "en";
    }

    public static String of(String cookieValue, String acceptLanguage) {
        if (cookieValue != null && SUPPORTED.contains(cookieValue)) {
            return cookieValue;
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (SUPPORTED.contains(language)) {
                        return language;
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // A malformed header counts as no preference.
            }
        }
        return "en";
    }
}
