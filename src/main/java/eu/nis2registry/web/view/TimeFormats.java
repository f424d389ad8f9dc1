package eu.nis2registry.web.view;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Moments on pages: minutes are enough for people, and the zone is said (the registry keeps UTC). */
@TemplateExtension
public final class TimeFormats {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private TimeFormats() {
    }

    static String shown(Instant instant) {
        return instant == null ? "—" : MINUTES.format(instant);
    }
}
