package eu.nis2registry.web.session;

import eu.nis2registry.security.token.BearerTokenMechanism;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

/**
 * The cookies of the web UI. The session cookie holds a token of TokenService (only its hash is stored), is
 * invisible to scripts, never sent cross-site, and Secure outside dev and test. It has no Max-Age, so it ends
 * with the browser; the token's own expiry ends it on the server.
 */
@ApplicationScoped
public class SessionCookies {

    public static final String LOGIN_CHALLENGE = "registry_login";

    private final WebConfig config;

    public SessionCookies(WebConfig config) {
        this.config = config;
    }

    public NewCookie session(String token) {
        return cookie(BearerTokenMechanism.SESSION_COOKIE, token, -1, "/");
    }

    public NewCookie clearSession() {
        return cookie(BearerTokenMechanism.SESSION_COOKIE, "", 0, "/");
    }

    /** Between the password step and the code step of a login: five minutes, only for the login pages. */
    public NewCookie challenge(String value) {
        return cookie(LOGIN_CHALLENGE, value, 300, "/ui/login");
    }

    public NewCookie clearChallenge() {
        return cookie(LOGIN_CHALLENGE, "", 0, "/ui/login");
    }

    public NewCookie language(String lang) {
        return new NewCookie.Builder(Lang.COOKIE).value(lang).path("/").maxAge(365 * 24 * 3600)
                .secure(config.secureCookies()).sameSite(NewCookie.SameSite.LAX).build();
    }

    private NewCookie cookie(String name, String value, int maxAge, String path) {
        return new NewCookie.Builder(name).value(value).path(path).maxAge(maxAge).httpOnly(true)
                .secure(config.secureCookies()).sameSite(NewCookie.SameSite.STRICT).build();
    }
}
