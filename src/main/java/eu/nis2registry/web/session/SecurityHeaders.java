package eu.nis2registry.web.session;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers of every page and static file of the web UI. Scripts and styles come only from this origin (no inline
 * script, no 'unsafe-inline'); no page may be framed; nothing is sniffed; no referrer leaves the site.
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none';"
            + " object-src 'none'";

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String path = context.normalizedPath();
            if (isWeb(path)) {
                MultiMap headers = context.response().headers();
                headers.set("Content-Security-Policy", CSP);
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
                if (path.startsWith("/ui")) {
                    // Pages show data in scope of one person: never kept by shared caches or the back button.
                    headers.set("Cache-Control", "no-store");
                }
            }
            context.next();
        }, 100);
    }

    static boolean isWeb(String path) {
        return path.equals("/") || path.equals("/ui") || path.startsWith("/ui/") || path.startsWith("/static/");
    }
}
